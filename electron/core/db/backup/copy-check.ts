import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import type { ExportTask } from '../../exports/export-job';
import type { PurgeOutcome, PurgeTask } from '../../privacy/purge-job';
import type { ChainReport } from '../audit/verify';
import { quickCheckFile } from '../quick-check';
import { inspectBackup, type CheckDepth } from './inspect';

/** What the backup's worker thread is handed: a database file to copy (or none: copied already). */
export interface CopyTask {
  /** The live database, opened by the thread's own connection; null: `partial` holds the copy. */
  source: string | null;
  /** The owner-only file the copy goes into (backup.ts creates it). */
  partial: string;
  /** Only check `partial`, an existing backup, read-only: nothing copied or written. */
  readOnly?: boolean;
  /**
   * Only `PRAGMA quick_check` on `partial`, the live database after a crash, read-only (the
   * start check, core.ts); the answer's `good` says whether it passed.
   */
  quickCheck?: boolean;
  /** How much of a new copy to check before it is answered (inspect.ts); `full` by default. */
  check?: CheckDepth;
  /**
   * Only walk the audit chain of `partial`, the live database, read-only, against the key and
   * head file beside it, replaying the trail against the tables (the start's walk, core.ts); the
   * answer is a `chain` message.
   */
  chain?: boolean;
  /** Only make a register file (exports/export-job.ts); answered by `exported`. */
  export?: ExportTask;
  /** Only run a retention purge on the live database (privacy/purge-job.ts); answered by `purged`. */
  purge?: PurgeTask;
}

export type WorkerStage = 'copied' | 'checked';

export type WorkerMessage =
  | { kind: 'stage'; stage: WorkerStage }
  | { kind: 'done'; info: BackupInfo }
  | { kind: 'chain'; report: ChainReport }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'exported'; bytes: Uint8Array; rows: number }
  | { kind: 'purged'; outcome: PurgeOutcome }
  | { kind: 'failed'; message: string };

// better-sqlite3's backup steps: the first one only opens it; the second takes every page.
const ALL_PAGES = 0x7fffffff;

// SQLite keeps its file locks on the bytes at 1 GiB and never stores data in the page that holds
// them (the backup API skips it too); on Windows another connection's lock makes them unreadable.
const PENDING_BYTE = 0x40000000;
const CHUNK = 8 * 1024 * 1024;

/**
 * Copies a file's bytes into `target` (created already) in chunks, with zeros in place of the
 * page holding the lock bytes at `lockAt`.
 */
export function copyFileBytes(
  source: string,
  target: string,
  pageSize: number,
  lockAt = PENDING_BYTE,
): void {
  const lockPage = lockAt - (lockAt % pageSize);
  const from = fs.openSync(source, 'r');
  const to = fs.openSync(target, 'w');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let at = 0; ;) {
      const n = fs.readSync(
        from,
        buf,
        0,
        Math.min(CHUNK, lockPage > at ? lockPage - at : CHUNK),
        at,
      );
      if (n === 0) break;
      fs.writeSync(to, buf, 0, n, at);
      at += n;
      if (at === lockPage && fs.fstatSync(from).size > at) {
        fs.writeSync(to, Buffer.alloc(pageSize), 0, pageSize, at);
        at += pageSize;
      }
    }
  } finally {
    fs.closeSync(to);
    fs.closeSync(from);
  }
}

/**
 * The copy at the speed of the disk (issue 21: within about twice a plain copy of the file,
 * where the backup API took 2.3–2.6× on its own). With the WAL checkpointed into the file and
 * emptied, a read transaction begun on this connection reads the file alone, and while it is
 * held no checkpoint may write into the file (SQLite's WAL: a checkpoint never overwrites a
 * page an open reader may still read). So the file's bytes are that snapshot while they are
 * copied, whatever the desk writes meanwhile (its writes go to the WAL). False, having copied
 * nothing, when the WAL could not be emptied (the desk writing without a pause): the caller
 * takes the backup API's copy.
 */
export function copyWhileHeld(sourceFile: string, target: string): boolean {
  // A checkpoint waiting on a reader holds new writers back meanwhile: wait briefly, then give up.
  const db = new Database(sourceFile, { fileMustExist: true, timeout: 100 });
  try {
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    for (let attempt = 0; attempt < 3; attempt++) {
      const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      if (r?.busy !== 0) continue;
      db.exec('BEGIN');
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        // Empty now, so empty when the snapshot began: it holds no WAL frame (the WAL only grows
        // until a checkpoint, and none can empty it past this reader once a frame is written).
        if (walSize(sourceFile) !== 0) continue;
        // Windows locks bytes for SQLite (the lock page) against reading; elsewhere the locks are
        // advisory and the kernel copies the file without it passing through this thread.
        if (process.platform === 'win32') copyFileBytes(sourceFile, target, pageSize);
        else fs.copyFileSync(sourceFile, target);
        return true;
      } finally {
        db.exec('COMMIT');
      }
    }
    return false;
  } finally {
    db.close();
  }
}

function walSize(dbFile: string): number {
  try {
    return fs.statSync(`${dbFile}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * The backup's long part, run in a worker thread: the copy, then the check of the copy (in full:
 * `integrity_check`, schema, counts, audit chain; see `CheckDepth`). The copy is the file's bytes
 * under a read transaction (`copyWhileHeld`) or, when the WAL cannot be emptied, the backup API's
 * in one step, so in one read transaction too: in WAL mode neither blocks a writer, and a
 * write by the desk meanwhile cannot restart it (SQLite restarts a stepped backup when another
 * connection writes the source).
 */
export async function copyAndInspect(
  task: CopyTask,
  onStage: (stage: WorkerStage) => void = () => undefined,
): Promise<BackupInfo> {
  if (task.quickCheck) return quickCheck(task.partial);
  if (task.readOnly) return inspectBackup(task.partial);
  if (task.source !== null && !copyWhileHeld(task.source, task.partial)) {
    const source = new Database(task.source, { fileMustExist: true, timeout: 5000 });
    try {
      await source.backup(task.partial, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
  }
  // The copy keeps WAL mode in its header; a backup should be one file a USB stick can carry.
  const copy = new Database(task.partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  onStage('copied');
  const info = inspectBackup(task.partial, task.check ?? 'full');
  // Made durable here too: an fsync of a file of a gigabyte or more holds its thread for seconds.
  if (info.good) {
    const fd = fs.openSync(task.partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  onStage('checked');
  return info;
}

function quickCheck(file: string): BackupInfo {
  return {
    file,
    name: path.basename(file),
    takenAt: new Date().toISOString(),
    size: fs.statSync(file).size,
    good: quickCheckFile(file),
    counts: null,
    chain: null,
  };
}
