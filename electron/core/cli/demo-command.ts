import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../core';
import { seedDemo } from '../demo/seed-demo';
import { DEMO_STAFF } from '../demo/demo-staff';
import { LANGUAGES, type Language } from '../../../shared/contract';
import { describeError } from './describe-error';
import { languageFromEnv } from './language';

type CommandResult = { exitCode: number; stdout: string; stderr: string };

/**
 * `demo --db FILE [--lang kk|ru|en]`: a realistic demo hotel in a new file (what its staff type
 * in their own words is in that language); an existing file is never touched.
 */
export async function runDemoCommand(
  argv: string[],
  now: () => Date = () => new Date(),
): Promise<CommandResult> {
  const i = argv.indexOf('--db');
  const file = i >= 0 ? argv[i + 1] : undefined;
  if (!file) return { exitCode: 2, stdout: '', stderr: 'error: --db FILE is required\n' };
  const l = argv.indexOf('--lang');
  const lang = l >= 0 ? argv[l + 1] : languageFromEnv();
  if (!(LANGUAGES as readonly (string | undefined)[]).includes(lang)) {
    return { exitCode: 2, stdout: '', stderr: `error: --lang: "${lang}" is not kk, ru or en\n` };
  }
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
      const summary = await seedDemo(core, now(), lang as Language);
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
