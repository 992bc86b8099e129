import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  AppFailure,
  type AuditAction,
  type BackupInfo,
  type RestoreResult,
} from '../../shared/contract';
import { kzDateOf } from '../../shared/rules/kz-time';
import {
  backupDirFor,
  listBackups,
  parseBackupName,
  rotateBackups,
  takeBackup,
} from './db/backup/backup';
import { inspectInThread } from './db/backup/backup-thread';
import { expireCopies, shiftMonths } from './db/backup/expiry';
import { prepareRestoreInThread, swapIn } from './db/backup/restore';
import { vetBackupInThread, writePrivateCopy } from './db/backup/vet';
import { manifestFor } from './db/audit/backup-anchor';
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
  audit: (action: AuditAction, entityId: string, details: Record<string, unknown>) => void;
  /** Closes the connection, runs `replace`, reopens and ends every session: a restore. */
  swap: (replace: () => void) => void;
  /** Ends other threads' reads of the database before a swap moves it (the chain's walk). */
  beforeSwap?: () => Promise<void>;
  onError: (err: unknown) => void;
  /** The retention period in months (null: off); copies older than it are deleted. */
  retentionMonths?: () => number | null;
}

/**
 * Backups of one database: at start and daily (never overlapping, never blocking a call: the
 * copy and its check run in a worker thread, backup-thread.ts), listed with their checks,
 * restored by name.
 * In the `backups/` folder beside the database; the rotation keeps 7 daily, 4 weekly, 12 monthly.
 */
export function createBackupManager(deps: BackupManagerDeps) {
  const dir = backupDirFor(deps.dbFile);
  let timer: ReturnType<typeof setInterval> | null = null;

  // Retention (issue 19): copies older than the period still hold guests the purge erased.
  // A copy that cannot be deleted now (held open on Windows) does not fail the new backup: the
  // next backup tries again.
  const expireOld = () => {
    try {
      const months = deps.retentionMonths?.() ?? null;
      if (months !== null) expireCopies(deps.dbFile, shiftMonths(kzDateOf(deps.now()), -months));
    } catch (err) {
      deps.onError(err);
    }
  };

  // A backup is written in two steps, both in a worker thread. The copy is checked as a copy
  // (it opens as ours, its schema, counts and chain head: `CheckDepth`) and given its name: that
  // is what the caller waits for, within about twice a plain copy of the file (issue 21). Then
  // the same copy gets its full check (`integrity_check`, the whole chain: most of the time at a
  // million stays); only a copy that passes it is remembered as checked, audited and may make
  // the rotation drop an older one. One that fails is deleted with its manifest and reported.
  // `done` never rejects: the next backup starts after it, and `idle()` waits for it.
  let running: {
    written: Promise<BackupInfo>;
    full: Promise<BackupInfo>;
    done: Promise<void>;
    writing: boolean;
  } | null = null;
  // The full checks under way, by file: the list waits for one instead of checking the file twice.
  const fullChecks = new Map<string, Promise<BackupInfo>>();

  const checkFully = async (copy: BackupInfo, reason: 'start' | 'daily' | 'manual') => {
    const checking = inspectInThread(copy.file).catch((err: unknown): BackupInfo => {
      deps.onError(err);
      return { ...copy, good: false };
    });
    fullChecks.set(copy.file, checking);
    try {
      const info = await checking;
      if (!info.good) {
        seen.delete(copy.file);
        // Off the desk's thread: unlinking a gigabyte-sized file holds it for a fraction of a second.
        await fs.promises.rm(copy.file, { force: true });
        await fs.promises.rm(manifestFor(copy.file), { force: true });
        const failed = new AppFailure('backup.check_failed', { params: { file: copy.file } });
        deps.onError(failed);
        throw failed;
      }
      // The copy's own name and time, as the caller was told.
      const full = { ...info, name: copy.name, takenAt: copy.takenAt };
      remember(full);
      // A dropped backup's manifest goes with it.
      for (const name of await rotateBackups(dir, deps.now()))
        await fs.promises.rm(manifestFor(path.join(dir, name)), { force: true });
      expireOld();
      if (reason !== 'manual') {
        deps.audit('backup.create', full.name, { reason, counts: full.counts, size: full.size });
      }
      return full;
    } finally {
      fullChecks.delete(copy.file);
    }
  };

  // A manual backup is a `job` method: the job runner writes its one audit entry. The automatic
  // ones (at start, daily) are not calls, so they audit themselves. An automatic one joins a
  // backup already being written; one someone asked for is its own file, taken after it.
  // `fully`: resolve only once the full check has passed (a copy handed out of the data folder).
  const backupNow = (reason: 'start' | 'daily' | 'manual', fully = false): Promise<BackupInfo> => {
    // Joined while its copy is being written; one asked for during a full check comes after it.
    if (running?.writing && reason !== 'manual') return fully ? running.full : running.written;
    const before = running?.done ?? Promise.resolve();
    const written = before.then(() =>
      takeBackup(
        deps.db(),
        dir,
        deps.now(),
        reason === 'manual' ? 'manual' : 'auto',
        undefined,
        'copy',
      ),
    );
    const full = written.then((copy) => checkFully(copy, reason));
    const done = full.then(
      () => undefined,
      () => undefined,
    );
    const entry = { written, full, done, writing: true };
    running = entry;
    void written.then(
      () => (entry.writing = false),
      () => (entry.writing = false),
    );
    void done.then(() => {
      if (running === entry) running = null;
    });
    return fully ? full : written;
  };

  // The copy that goes in is the one vetted (restore.ts), beside the database while the desk
  // works on; only the swap closes it, and only a swap ends the sessions.
  const restoreFrom = async (file: string): Promise<RestoreResult> => {
    // A backup being written holds the connection: wait for it, then swap (its full check reads
    // only the copy).
    await running?.written.catch(() => undefined);
    const prepared = await prepareRestoreInThread(deps.dbFile, file);
    let keptAside: string | null = null;
    // On Windows a file another connection holds open cannot be moved aside.
    await deps.beforeSwap?.();
    deps.swap(() => {
      keptAside = swapIn(prepared, deps.now()).keptAside;
    });
    return { restored: prepared.info, keptAside: keptAside && path.basename(keptAside) };
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

  const notChecked = (file: string): BackupInfo => ({
    file,
    name: path.basename(file),
    takenAt: (parseBackupName(file)?.takenAt ?? new Date(0)).toISOString(),
    size: 0,
    good: false,
    counts: null,
    chain: null,
  });
  // What each backup's check found, by file, with the size and time it had: a backup is never
  // written again, so one changed since (or replaced) is checked anew.
  const seen = new Map<string, { stamp: string; info: BackupInfo }>();
  const stampOf = (file: string): string | null => {
    try {
      const s = fs.statSync(file);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return null;
    }
  };
  const remember = (info: BackupInfo) => {
    const stamp = stampOf(info.file);
    if (stamp) seen.set(info.file, { stamp, info });
  };
  const checked = async (file: string): Promise<BackupInfo> => {
    const pending = fullChecks.get(file);
    if (pending) return pending;
    const stamp = stampOf(file);
    const known = seen.get(file);
    if (stamp && known?.stamp === stamp) return known.info;
    let info: BackupInfo;
    try {
      info = await inspectInThread(file);
    } catch (err) {
      // The thread could not check it (out of memory, killed): not offered as good.
      deps.onError(err);
      return { ...notChecked(file), size: stamp ? Number(stamp.split(':')[0]) : 0 };
    }
    if (stamp && stampOf(file) === stamp) seen.set(file, { stamp, info });
    return info;
  };

  const auto = (reason: 'start' | 'daily') => {
    backupNow(reason).catch(deps.onError);
  };

  return {
    dir,
    backupNow,
    /**
     * The backups in the data folder, newest first, once any backup under way has ended, each
     * checked (integrity and chain) in a worker thread, one file at a time; a file checked before and unchanged since (same size
     * and time) is not read again.
     */
    list: async (): Promise<BackupInfo[]> => {
      // A backup under way ends first (its full check, the rotation it may bring).
      await running?.done;
      const out: BackupInfo[] = [];
      for (const b of listBackups(dir)) out.push(await checked(b.file));
      return out;
    },
    /**
     * Restores a backup from the data folder by name (never a path: the name is looked up in
     * the list, so nothing outside the folder can be named). The current file is kept aside.
     */
    restore: async (name: string): Promise<RestoreResult> => {
      const found = listBackups(dir).find((b) => b.name === name);
      if (!found) throw new AppFailure('not_found');
      return restoreFrom(found.file);
    },
    /**
     * Checks bytes handed in (a backup from a USB stick) without touching the database: the
     * copy lives in a private folder beside the backups only while it is looked at.
     */
    inspectUpload: (upload: StoredFile): Promise<BackupInfo> =>
      withUpload(upload, async (file) => ({ ...(await vetBackupInThread(file)), file: '' })),
    /** Puts an uploaded backup in the database's place after the same checks. */
    restoreUpload: (upload: StoredFile): Promise<RestoreResult> =>
      withUpload(upload, async (file) => {
        const r = await restoreFrom(file);
        return { ...r, restored: { ...r.restored, file: '' } };
      }),
    startSchedule: () => {
      if (timer || !fs.existsSync(deps.dbFile)) return;
      // Not at once: the copy and its check run in a worker thread, but on a 2-core desk PC they
      // still share the CPU and the disk with the first screen, which comes first.
      setTimeout(() => auto('start'), START_DELAY_MS).unref?.();
      timer = setInterval(() => auto('daily'), DAY_MS);
      timer.unref?.();
    },
    stopSchedule: () => {
      if (timer) clearInterval(timer);
      timer = null;
    },
    /** Resolves when no backup is being written or checked (tests, shutdown). */
    idle: async (): Promise<void> => {
      await running?.done;
    },
  };
}
export type BackupManager = ReturnType<typeof createBackupManager>;
