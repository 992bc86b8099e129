import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, type PairingCode } from '../../../shared/contract';
import { createCore } from '../core';
import { flag, usage, type CommandResult } from './args';
import { describeError } from './describe-error';

/**
 * `pair --db FILE --desk NAME` (issue 22): "Add a desk" from the command line. Prints one JSON
 * object `{"code": …, "expiresAt": …}`; the code is good once, for ten minutes, against the
 * listener serving FILE (this process need not be the one serving it: the code is in the file,
 * as a digest). Audited as the command line.
 */
export async function runPairCommand(args: string[]): Promise<CommandResult> {
  const bad = args.find((a) => a.startsWith('--') && a !== '--db' && a !== '--desk');
  if (bad) return usage(`unknown option ${bad}`);
  const file = flag(args, '--db');
  const name = flag(args, '--desk')?.trim();
  if (!file) return usage('--db FILE is required');
  if (!name) return usage('--desk NAME is required');
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile())
    return usage(`--db: no such file: ${full}`);
  let core;
  try {
    core = createCore({ dbFile: full, chainCheck: 'when-asked' });
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, full)}\n` };
  }
  try {
    const r = await core.call('desks.addDesk', { name });
    if (!r.ok)
      return {
        exitCode: 1,
        stdout: '',
        stderr: `${describeError(new AppFailure(r.error.code, r.error), full)}\n`,
      };
    const { code, expiresAt } = r.value as PairingCode;
    return { exitCode: 0, stdout: `${JSON.stringify({ code, expiresAt })}\n`, stderr: '' };
  } finally {
    core.close();
  }
}
