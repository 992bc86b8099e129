import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/contract';
import { verifyAuditChain } from '../audit/verify';
import type { Db } from '../connection';
import { PRIVATE_DIR_MODE, makePrivate } from '../file-mode';
import { rotate } from './rotation';

export const BACKUP_DIR = 'backups';
const NAME = /^tirkeu-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z\.db$/;

/** `backups/` beside the database file. */
export const backupDirFor = (dbFile: string): string => path.join(path.dirname(dbFile), BACKUP_DIR);

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
export const backupName = (d: Date): string => `tirkeu-${stamp(d)}.db`;

function takenAtOf(file: string): Date {
  const m = NAME.exec(path.basename(file));
  if (m) return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`);
  return fs.statSync(file).mtime;
}

/**
 * The copy the migrations take before a schema upgrade: synchronous, because migrating is
 * (VACUUM INTO writes a consistent, compact copy; the online backup below is the async path).
 */
export function snapshotSync(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
  makePrivate(target);
}

function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some systems (Windows) cannot open or sync a folder; the rename is durable there anyway.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Opens a copy and reports on it: its counts, `integrity_check` (the full check, not the quick
 * one used at open) and the audit chain. Read-only; a file that cannot be opened is not good.
 */
export function inspectBackup(file: string): BackupInfo {
  const base: BackupInfo = {
    file,
    name: path.basename(file),
    takenAt: takenAtOf(file).toISOString(),
    size: fs.statSync(file).size,
    good: false,
    counts: null,
    chain: null,
  };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return base;
  }
  try {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') return base;
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const counts = {
      guests: count('guests'),
      stays: count('stays'),
      notices: count('notifications'),
      auditRows: count('audit_log'),
    };
    const chain = verifyAuditChain(db);
    return { ...base, good: chain.ok, counts, chain };
  } catch {
    return base;
  } finally {
    db.close();
  }
}

/**
 * Takes an online backup (SQLite's backup API, page by page between other work, so the desk
 * never waits), makes it a single self-contained file, checks it, and only then gives it its
 * final name: a copy that fails the check never counts as a backup.
 */
export async function takeBackup(db: Db, dir: string, now: Date): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const name = backupName(now);
  const final = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    await db.backup(partial);
    makePrivate(partial);
    // The copy keeps WAL mode in its header; a backup should be one file a USB stick can carry.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const info = inspectBackup(partial);
    if (!info.good) throw new AppFailure('backup.check_failed', { params: { file: final } });
    fsyncPath(partial);
    fs.renameSync(partial, final);
    fsyncPath(dir);
    return { ...info, file: final, name, takenAt: now.toISOString() };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The backups in a folder, newest first (not inspected: that opens each file). */
export function listBackups(dir: string): Array<{ file: string; name: string; takenAt: Date }> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => NAME.test(n))
    .map((n) => ({ file: path.join(dir, n), name: n, takenAt: takenAtOf(path.join(dir, n)) }))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Deletes the backups the rotation no longer keeps (7 daily, 4 weekly, 12 monthly). */
export function rotateBackups(dir: string): string[] {
  const { drop } = rotate(listBackups(dir));
  for (const name of drop) fs.rmSync(path.join(dir, name), { force: true });
  return drop;
}

/** The newest backup in the folder that passes its checks, or null. */
export function newestGoodBackup(dir: string): BackupInfo | null {
  for (const b of listBackups(dir)) {
    const info = inspectBackup(b.file);
    if (info.good) return info;
  }
  return null;
}

/**
 * Puts a backup in the database's place. The caller has closed every connection to `dbFile`.
 * The current file (with its -wal and -shm, which belong to it) is renamed aside, never
 * deleted or overwritten; the backup is copied under a temporary name, synced, then renamed, so
 * a crash at any point leaves either the old file or the new one, whole.
 */
export function restoreFile(
  dbFile: string,
  backup: string,
  now: Date,
): { keptAside: string | null } {
  const info = inspectBackup(backup);
  if (!info.good) throw new AppFailure('backup.not_good', { params: { file: backup } });
  const incoming = `${dbFile}.restoring`;
  fs.copyFileSync(backup, incoming);
  makePrivate(incoming);
  fsyncPath(incoming);
  let keptAside: string | null = null;
  if (fs.existsSync(dbFile)) {
    keptAside = `${dbFile}.before-restore-${stamp(now)}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, keptAside + suffix);
    }
  }
  fs.renameSync(incoming, dbFile);
  fsyncPath(path.dirname(dbFile));
  return { keptAside };
}
