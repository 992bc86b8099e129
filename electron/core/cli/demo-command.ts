import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../core';
import { seedDemo } from '../demo/seed-demo';
import { DEMO_STAFF } from '../demo/demo-staff';
import { describeError } from './describe-error';

type CommandResult = { exitCode: number; stdout: string; stderr: string };

/** `demo --db FILE`: a realistic demo hotel in a new file; an existing file is never touched. */
export async function runDemoCommand(
  argv: string[],
  now: () => Date = () => new Date(),
): Promise<CommandResult> {
  const i = argv.indexOf('--db');
  const file = i >= 0 ? argv[i + 1] : undefined;
  if (!file) return { exitCode: 2, stdout: '', stderr: 'error: --db FILE is required\n' };
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `error: --db: ${target} already exists; the demo writes only to a new file\n`,
    };
  }
  try {
    const core = createCore({ dbFile: target, now });
    try {
      const summary = await seedDemo(core, now());
      return {
        exitCode: 0,
        stdout: `Demo hotel written to ${target}: ${summary}\n${signInLines()}`,
        stderr: '',
      };
    } finally {
      core.close();
    }
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, target)}\n` };
  }
}

const signInLines = () =>
  'Sign in as:\n' +
  DEMO_STAFF.map(
    (s) => `  ${s.name} (${s.role === 'auditor' ? 'night auditor' : s.role}), PIN ${s.pin}\n`,
  ).join('');
