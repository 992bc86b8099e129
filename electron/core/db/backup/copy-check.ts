import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../../shared/contract';
import { inspectBackup } from './inspect';

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
}

export type WorkerStage = 'copied' | 'checked';

export type WorkerMessage =
  | { kind: 'stage'; stage: WorkerStage }
  | { kind: 'done'; info: BackupInfo }
  | { kind: 'failed'; message: string };

// better-sqlite3's backup steps: the first one only opens it; the second takes every page.
const ALL_PAGES = 0x7fffffff;

/**
 * The backup's long part, run in a worker thread: the copy, then the full check of the copy
 * (`integrity_check`, schema, counts, audit chain). The copy is taken by the thread's own
 * connection in one step, so in one read transaction: in WAL mode it blocks no writer, and a
 * write by the desk meanwhile cannot restart it (SQLite restarts a stepped backup when another
 * connection writes the source).
 */
export async function copyAndInspect(
  task: CopyTask,
  onStage: (stage: WorkerStage) => void = () => undefined,
): Promise<BackupInfo> {
  if (task.quickCheck) return quickCheck(task.partial);
  if (task.readOnly) return inspectBackup(task.partial);
  if (task.source !== null) {
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
  const info = inspectBackup(task.partial);
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
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const found = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const good = found.length === 1 && found[0]!.quick_check === 'ok';
    return {
      file,
      name: path.basename(file),
      takenAt: new Date().toISOString(),
      size: fs.statSync(file).size,
      good,
      counts: null,
      chain: null,
    };
  } finally {
    db.close();
  }
}
