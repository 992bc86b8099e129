import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, type BackupInfo, type RestoreResult } from '../../shared/contract';
import {
  backupDirFor,
  inspectBackup,
  listBackups,
  restoreFile,
  rotateBackups,
  takeBackup,
} from './db/backup/backup';
import { vetBackup, writePrivateCopy } from './db/backup/vet';
import type { Db } from './db/connection';
import { safeName, type StoredFile } from './files/file-store';

const DAY_MS = 86_400_000;
const START_DELAY_MS = 60_000;

export interface BackupManagerDeps {
  dbFile: string;
  now: () => Date;
  /** The connection open now (it changes after a restore). */
  db: () => Db;
  /** Records an audit entry in its own write transaction. */
  audit: (action: string, entityId: string, details: Record<string, unknown>) => void;
  /** Closes the connection, runs `replace`, reopens: the core's part of a restore. */
  swap: (replace: () => void) => void;
  onError: (err: unknown) => void;
}

/**
 * Backups of one database: at start and daily (never overlapping, never blocking a call: the
 * online backup copies pages between other work), listed with their checks, restored by name.
 * In the `backups/` folder beside the database; the rotation keeps 7 daily, 4 weekly, 12 monthly.
 */
export function createBackupManager(deps: BackupManagerDeps) {
  const dir = backupDirFor(deps.dbFile);
  let running: Promise<BackupInfo> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  // A manual backup is a `job` method: the job runner writes its one audit entry. The automatic
  // ones (at start, daily) are not calls, so they audit themselves.
  const backupNow = (reason: 'start' | 'daily' | 'manual'): Promise<BackupInfo> => {
    if (running) return running;
    const job = takeBackup(deps.db(), dir, deps.now())
      .then((info) => {
        rotateBackups(dir);
        if (reason !== 'manual') {
          deps.audit('backup.create', info.name, { reason, counts: info.counts, size: info.size });
        }
        return info;
      })
      .finally(() => {
        running = null;
      });
    running = job;
    return job;
  };

  const restoreFrom = async (file: string, info: BackupInfo): Promise<RestoreResult> => {
    // A backup being written holds the connection: wait for it, then swap.
    await running?.catch(() => undefined);
    let keptAside: string | null = null;
    deps.swap(() => {
      keptAside = restoreFile(deps.dbFile, file, deps.now()).keptAside;
    });
    return { restored: info, keptAside: keptAside && path.basename(keptAside) };
  };

  // The upload is checked and restored from a private copy: opening a file on a USB stick (or a
  // WAL-mode one) with SQLite could leave -wal/-shm files beside it. A file on disk is copied by
  // the OS, never read into memory.
  const withUpload = async <T>(
    upload: StoredFile,
    use: (file: string) => T | Promise<T>,
  ): Promise<T> => {
    const folder = path.join(dir, `.upload-${crypto.randomBytes(6).toString('hex')}`);
    try {
      return await use(
        writePrivateCopy(folder, safeName(upload.name), upload.bytes ?? upload.path),
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };

  const auto = (reason: 'start' | 'daily') => {
    backupNow(reason).catch(deps.onError);
  };

  return {
    dir,
    backupNow,
    /** The backups in the data folder, newest first, each checked (integrity and chain). */
    list: (): BackupInfo[] => listBackups(dir).map((b) => inspectBackup(b.file)),
    /**
     * Restores a backup from the data folder by name (never a path: the name is looked up in
     * the list, so nothing outside the folder can be named). The current file is kept aside.
     */
    restore: async (name: string): Promise<RestoreResult> => {
      const found = listBackups(dir).find((b) => b.name === name);
      if (!found) throw new AppFailure('not_found');
      return restoreFrom(found.file, vetBackup(found.file));
    },
    /**
     * Checks bytes handed in (a backup from a USB stick) without touching the database: the
     * copy lives in a private folder beside the backups only while it is looked at.
     */
    inspectUpload: (upload: StoredFile): Promise<BackupInfo> =>
      withUpload(upload, (file) => ({ ...vetBackup(file), file: '' })),
    /** Puts an uploaded backup in the database's place after the same checks. */
    restoreUpload: (upload: StoredFile): Promise<RestoreResult> =>
      withUpload(upload, (file) => restoreFrom(file, { ...vetBackup(file), file: '' })),
    startSchedule: () => {
      if (timer || !fs.existsSync(deps.dbFile)) return;
      // Not at once: checking the copy (integrity and chain) holds the event loop for seconds on a
      // large file, and the desk's first screen comes first.
      setTimeout(() => auto('start'), START_DELAY_MS).unref?.();
      timer = setInterval(() => auto('daily'), DAY_MS);
      timer.unref?.();
    },
    stopSchedule: () => {
      if (timer) clearInterval(timer);
      timer = null;
    },
    /** Resolves when no backup is being written (tests, shutdown). */
    idle: async (): Promise<void> => {
      await running?.catch(() => undefined);
    },
  };
}
export type BackupManager = ReturnType<typeof createBackupManager>;
