import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/contract';
import { writeManifest } from '../audit/backup-anchor';
import { verifyAuditChain } from '../audit/verify';
import type { Db } from '../connection';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, makePrivate } from '../file-mode';
import { schemaDifferences } from '../schema-check';
import { BACKUP_KINDS, rotate, type BackupKind } from './rotation';

export const BACKUP_DIR = 'backups';
// The kind follows the time: none for the automatic ones (and every backup made before kinds).
const NAME =
  /^tirkeu-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z(?:-([a-z-]+))?\.db$/;

/** `backups/` beside the database file. */
export const backupDirFor = (dbFile: string): string => path.join(path.dirname(dbFile), BACKUP_DIR);

export const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
export const backupName = (d: Date, kind: BackupKind = 'auto'): string =>
  `tirkeu-${stamp(d)}${kind === 'auto' ? '' : `-${kind}`}.db`;

/** When a backup was taken and whether someone asked for it, from its name; null for any other file. */
export function parseBackupName(file: string): { takenAt: Date; kind: BackupKind } | null {
  const m = NAME.exec(path.basename(file));
  if (!m) return null;
  const kind = (m[6] ?? 'auto') as BackupKind;
  if (!BACKUP_KINDS.includes(kind)) return null;
  return { takenAt: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`), kind };
}

function takenAtOf(file: string): Date {
  return parseBackupName(file)?.takenAt ?? fs.statSync(file).mtime;
}

/**
 * The copy the migrations take before a schema upgrade: synchronous, because migrating is
 * (VACUUM INTO writes a consistent, compact copy; the online backup below is the async path).
 */
export function snapshotSync(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
  makePrivate(target);
}

export function fsyncPath(p: string): void {
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
 * one used at open), its schema (schema-check.ts) and the audit chain. Read-only; a file that
 * cannot be opened is not good.
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
    // A trigger or view slipped in (or an append-only trigger dropped) is never restored.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (schemaDifferences(db, version).length > 0) return base;
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
export async function takeBackup(
  db: Db,
  dir: string,
  now: Date,
  kind: BackupKind = 'auto',
): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // Two backups in the same millisecond (a pinned clock) still get a file each.
  let at = now;
  while (fs.existsSync(path.join(dir, backupName(at, kind)))) at = new Date(at.getTime() + 1);
  const name = backupName(at, kind);
  const final = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    // Created owner-only before SQLite writes a page into it (SQLite keeps an existing file's mode).
    fs.rmSync(partial, { force: true });
    fs.closeSync(fs.openSync(partial, 'wx', PRIVATE_FILE_MODE));
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
    if (info.chain?.head) writeManifest(db, final, info.chain.head);
    return { ...info, file: final, name, takenAt: at.toISOString() };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The backups in a folder, newest first (not inspected: that opens each file). */
export function listBackups(
  dir: string,
): Array<{ file: string; name: string; takenAt: Date; kind: BackupKind }> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((n) => {
      const parsed = parseBackupName(n);
      return parsed ? [{ file: path.join(dir, n), name: n, ...parsed }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * Deletes the backups the rotation no longer keeps: of the automatic ones 7 daily, 4 weekly,
 * 12 monthly; one someone asked for only once it is past its own expiry (rotation.ts).
 */
export function rotateBackups(dir: string, now: Date): string[] {
  const { drop } = rotate(listBackups(dir), now);
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
