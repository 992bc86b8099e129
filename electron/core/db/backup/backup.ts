import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/contract';
import { writeManifest } from '../audit/backup-anchor';
import type { Db } from '../connection';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, makePrivate } from '../file-mode';
import { copyInThread } from './backup-thread';
import type { WorkerStage } from './copy-check';
import { inspectBackup, parseBackupName, type CheckDepth } from './inspect';
import { rotate, type BackupKind } from './rotation';

export { inspectBackup, parseBackupName };

export const BACKUP_DIR = 'backups';
/** `backups/` beside the database file. */
export const backupDirFor = (dbFile: string): string => path.join(path.dirname(dbFile), BACKUP_DIR);

export const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
export const backupName = (d: Date, kind: BackupKind = 'auto'): string =>
  `tirkeu-${stamp(d)}${kind === 'auto' ? '' : `-${kind}`}.db`;

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
 * Takes an online backup, makes it a single self-contained file, checks it (in full, or only as
 * a fresh copy whose full check the caller runs next: `CheckDepth`), and only then gives it its
 * final name: a copy that fails the check never counts as a backup. The copy and its
 * check (seconds to tens of seconds on a large file) run in a worker thread with its own
 * connection (backup-thread.ts), so the desk never waits; a database in memory is copied here,
 * page by page between other work, and checked there. Whatever stops the thread (an error, a
 * crash) fails the backup as `backup.check_failed`.
 */
export async function takeBackup(
  db: Db,
  dir: string,
  now: Date,
  kind: BackupKind = 'auto',
  onStage?: (stage: WorkerStage) => void,
  check: CheckDepth = 'full',
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
    if (db.memory) await db.backup(partial);
    let info: BackupInfo;
    try {
      info = await copyInThread({ source: db.memory ? null : db.name, partial, check }, onStage);
    } catch (err) {
      // The reason stays on the failure for the error log; the desk hears the code.
      throw Object.assign(new AppFailure('backup.check_failed', { params: { file: final } }), {
        cause: err,
      });
    }
    makePrivate(partial);
    if (!info.good) throw new AppFailure('backup.check_failed', { params: { file: final } });
    // The copy was made durable in the thread (copy-check.ts); the rename and the folder here.
    fs.renameSync(partial, final);
    fsyncPath(dir);
    if (info.chain?.head) writeManifest(db, final, info.chain.head);
    return { ...info, file: final, name, takenAt: at.toISOString() };
  } finally {
    // Off the desk's thread: unlinking a failed copy of a large file took 0.3 s at a million stays.
    await fs.promises.rm(partial, { force: true });
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
export async function rotateBackups(dir: string, now: Date): Promise<string[]> {
  const { drop } = rotate(listBackups(dir), now);
  // Off the desk's thread: unlinking a gigabyte-sized file holds its thread for a fraction of a second.
  for (const name of drop) await fs.promises.rm(path.join(dir, name), { force: true });
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
