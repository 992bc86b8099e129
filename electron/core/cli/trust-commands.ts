import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { keyFileFor } from '../db/audit/anchor';
import { verifyAuditFile, type ChainReport } from '../db/audit/verify';
import { takeBackup } from '../db/backup/backup';
import { restoreFile } from '../db/backup/restore';
import { closeDatabase, openDatabase } from '../db/connection';
import { PRIVATE_DIR_MODE } from '../db/file-mode';
import { flag, usage, type CommandResult } from './args';
import { describeError } from './describe-error';

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

/**
 * `audit-verify --db FILE [--key KEYFILE] [--head HEADFILE]`: exactly one JSON object; exit 1
 * when the chain is broken, with the reason. The key and head file are those beside FILE unless
 * named (a copy elsewhere; a backup's manifest `<backup>.head` as an older head to hold it to).
 */
export function runAuditVerifyCommand(args: string[]): CommandResult {
  const bad = unknownFlags(args, ['--db', '--key', '--head']);
  if (bad) return usage(`unknown option ${bad}`);
  const file = existingFile(flag(args, '--db'), '--db');
  if (typeof file !== 'string') return file;
  const named: { keyFile?: string; headFile?: string } = {};
  for (const [name, field] of [
    ['--key', 'keyFile'],
    ['--head', 'headFile'],
  ] as const) {
    if (!args.includes(name)) continue;
    const given = existingFile(flag(args, name), name);
    if (typeof given !== 'string') return given;
    named[field] = given;
  }
  try {
    const r = verifyAuditFile(file, { ...named, replay: true });
    const out = {
      ok: r.ok,
      rows: r.rows,
      firstBadRow: r.firstBadRow,
      reason: r.reason,
      head: r.head,
      anchor: r.anchor,
      // Rows before it were made before the key existed: checked by their hashes only.
      keyedFrom: r.keyedFrom,
      macsChecked: r.keyedFrom !== null && fs.existsSync(named.keyFile ?? keyFileFor(file)),
      disagreement: r.disagreement ?? null,
      notes: notesOn(r, fs.existsSync(named.keyFile ?? keyFileFor(file))),
    };
    return { exitCode: r.ok ? 0 : 1, stdout: `${JSON.stringify(out)}\n`, stderr: '' };
  } catch (err) {
    return failure(err, 2);
  }
}

/** What the verdict does not cover, in words, for whoever reads the JSON. */
function notesOn(r: ChainReport, keyFound: boolean): string[] {
  const notes: string[] = [];
  const firstKeyed = r.keyedFrom ?? r.head.id + 1;
  if (firstKeyed > 1 && r.head.id > 0) {
    notes.push(
      `rows 1-${Math.min(firstKeyed - 1, r.head.id)} were made before the key existed (or restored ` +
        'from a backup keyed elsewhere): they are checked by their hashes only',
    );
  }
  if (!keyFound) notes.push('no key: MACs were not checked, only that keyed rows continue');
  if (!r.anchor) notes.push('no recorded head: a truncation of the last rows cannot be seen');
  return notes;
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
    // Asked for: never rotated away should DIR be the app's own backups folder.
    const info = await takeBackup(db, path.resolve(out), now, 'manual');
    return { exitCode: 0, stdout: `${JSON.stringify(info)}\n`, stderr: '' };
  } catch (err) {
    return failure(err);
  } finally {
    // Stamped as closed cleanly, as the app does: the next start need not check the file again.
    closeDatabase(db);
  }
}

/**
 * `restore --db FILE --from BACKUP [--force]`: puts a good backup in FILE's place. An existing
 * FILE is replaced only with --force, and then kept aside, never deleted. Close the app first.
 * BACKUP is only read as bytes (copied, then the copy is checked: restore.ts), so SQLite leaves
 * nothing beside it on the stick.
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
    // The README promises the data folder is the owner's alone.
    fs.mkdirSync(path.dirname(dbFile), { recursive: true, mode: PRIVATE_DIR_MODE });
    // A foreign file, one from a newer Tirkeu, an altered or a damaged one never replaces it.
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
