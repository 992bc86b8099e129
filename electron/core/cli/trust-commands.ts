import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { verifyAuditFile } from '../db/audit/verify';
import { restoreFile, takeBackup } from '../db/backup/backup';
import { vetBackup } from '../db/backup/vet';
import { openDatabase } from '../db/connection';
import { describeError } from './describe-error';

interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  const v = i >= 0 ? args[i + 1] : undefined;
  return v === undefined || v.startsWith('--') ? undefined : v;
}

const usage = (message: string): CommandResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `error: ${message} (try --help)\n`,
});

const failure = (err: unknown, exitCode = 1): CommandResult => ({
  exitCode,
  stdout: '',
  stderr: `${describeError(err)}\n`,
});

function unknownFlags(args: string[], known: string[]): string | undefined {
  return args.find((a) => a.startsWith('--') && !known.includes(a));
}

function existingFile(file: string | undefined, name: string): string | CommandResult {
  if (!file) return usage(`${name} FILE is required`);
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile())
    return usage(`${name}: no such file: ${full}`);
  return full;
}

/** `audit-verify --db FILE`: exactly one JSON object; exit 1 when the chain is broken. */
export function runAuditVerifyCommand(args: string[]): CommandResult {
  const bad = unknownFlags(args, ['--db']);
  if (bad) return usage(`unknown option ${bad}`);
  const file = existingFile(flag(args, '--db'), '--db');
  if (typeof file !== 'string') return file;
  try {
    const r = verifyAuditFile(file);
    const out = { ok: r.ok, rows: r.rows, firstBadRow: r.firstBadRow };
    return { exitCode: r.ok ? 0 : 1, stdout: `${JSON.stringify(out)}\n`, stderr: '' };
  } catch (err) {
    return failure(err, 2);
  }
}

/** `backup --db FILE --out DIR`: an online backup, checked, into DIR; one JSON object. */
export async function runBackupCommand(args: string[], now = new Date()): Promise<CommandResult> {
  const bad = unknownFlags(args, ['--db', '--out']);
  if (bad) return usage(`unknown option ${bad}`);
  const file = existingFile(flag(args, '--db'), '--db');
  if (typeof file !== 'string') return file;
  const out = flag(args, '--out');
  if (!out) return usage('--out DIR is required');
  let db;
  try {
    // No migration: a backup copies the file as it is.
    db = openDatabase(file, { migrate: false });
  } catch (err) {
    return failure(err);
  }
  try {
    const info = await takeBackup(db, path.resolve(out), now);
    return { exitCode: 0, stdout: `${JSON.stringify(info)}\n`, stderr: '' };
  } catch (err) {
    return failure(err);
  } finally {
    db.close();
  }
}

/**
 * `restore --db FILE --from BACKUP [--force]`: puts a good backup in FILE's place. An existing
 * FILE is replaced only with --force, and then kept aside, never deleted. Close the app first.
 */
export function runRestoreCommand(args: string[], now = new Date()): CommandResult {
  const bad = unknownFlags(args, ['--db', '--from', '--force']);
  if (bad) return usage(`unknown option ${bad}`);
  const target = flag(args, '--db');
  if (!target) return usage('--db FILE is required');
  const from = existingFile(flag(args, '--from'), '--from');
  if (typeof from !== 'string') return from;
  const dbFile = path.resolve(target);
  if (fs.existsSync(dbFile) && !args.includes('--force')) {
    return failure(new AppFailure('backup.replace_needs_force', { params: { file: dbFile } }), 2);
  }
  try {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    // A foreign file, one from a newer Tirkeu or a damaged one never replaces the database.
    vetBackup(from);
    const { keptAside } = restoreFile(dbFile, from, now);
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ restored: dbFile, from, keptAside })}\n`,
      stderr: '',
    };
  } catch (err) {
    return failure(err);
  }
}
