import fs from 'node:fs';
import path from 'node:path';
import { AppFailure, type BackupInfo } from '../../shared/contract';
import {
  backupDirFor,
  inspectBackup,
  listBackups,
  restoreFile,
  rotateBackups,
  takeBackup,
} from './db/backup/backup';
import type { Db } from './db/connection';

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

  const backupNow = (reason: 'start' | 'daily' | 'manual', outDir = dir): Promise<BackupInfo> => {
    if (running) return running;
    const job = takeBackup(deps.db(), outDir, deps.now())
      .then((info) => {
        if (outDir === dir) rotateBackups(dir);
        deps.audit('backup.create', info.name, { reason, counts: info.counts, size: info.size });
        return info;
      })
      .finally(() => {
        running = null;
      });
    running = job;
    return job;
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
    restore: async (name: string): Promise<{ restored: BackupInfo; keptAside: string | null }> => {
      const found = listBackups(dir).find((b) => b.name === name);
      if (!found) throw new AppFailure('not_found');
      const info = inspectBackup(found.file);
      if (!info.good) throw new AppFailure('backup.not_good', { params: { file: name } });
      // A backup being written holds the connection: wait for it, then swap.
      await running?.catch(() => undefined);
      let keptAside: string | null = null;
      deps.swap(() => {
        keptAside = restoreFile(deps.dbFile, found.file, deps.now()).keptAside;
      });
      deps.audit('backup.restore', name, {
        takenAt: info.takenAt,
        counts: info.counts,
        keptAside: keptAside && path.basename(keptAside),
      });
      return { restored: info, keptAside };
    },
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
