import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase, openDatabase, writeTransaction } from '../db/connection';
import { createRepos } from '../db/repos';
import { flag, usage, type CommandResult } from './args';
import { describeError } from './describe-error';

/**
 * `unlock --db FILE --staff NAME`: lifts every sign-in lock of one staff member and starts their
 * counts again (issue 19). The way back when a script that holds the web URL keeps an account
 * locked: it needs the machine, not the URL. Audited as the command line; the keys their desks
 * hold are kept. Safe while the app runs on the same file (the lock is read at each attempt).
 */
export function runUnlockCommand(args: string[], now = new Date()): CommandResult {
  const bad = args.find((a) => a.startsWith('--') && a !== '--db' && a !== '--staff');
  if (bad) return usage(`unknown option ${bad}`);
  const file = flag(args, '--db');
  const name = flag(args, '--staff')?.trim();
  if (!file) return usage('--db FILE is required');
  if (!name) return usage('--staff NAME is required');
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile())
    return usage(`--db: no such file: ${full}`);
  let db;
  try {
    db = openDatabase(full);
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, full)}\n` };
  }
  try {
    const repos = createRepos(db);
    const found = repos.staff.byName(name);
    if (found.length !== 1) {
      return usage(
        found.length === 0
          ? `--staff: nobody is named "${name}"`
          : `--staff: ${found.length} people are named "${name}"`,
      );
    }
    const staff = found[0]!;
    const system = repos.staff.systemActor();
    writeTransaction(db, () => {
      repos.throttle.unlock(staff.id);
      repos.audit.record(now.toISOString(), system?.id ?? null, 'auth.unlock', 'staff', staff.id, {
        name: staff.name,
      });
    });
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ unlocked: staff.name, staffId: staff.id })}\n`,
      stderr: '',
    };
  } catch (err) {
    return { exitCode: 1, stdout: '', stderr: `${describeError(err, full)}\n` };
  } finally {
    closeDatabase(db);
  }
}
