import Database from 'better-sqlite3';
import type { DeskRef } from '../context';
import { loadOrCreateKey, setChainKey } from '../db/audit/anchor';
import { writeTransaction } from '../db/connection';
import { setWriterPragmas } from '../db/pragmas';
import { readSnapshot } from '../db/read-snapshot';
import { createAuditRepo } from '../db/repos/audit-repo';
import { createPrivacyRepo } from '../db/repos/privacy-repo';
import { purgeBatches, retentionFound, type PurgeTotals, type RetentionFound } from './purge';

/** A retention purge handed to the core's worker thread (issue 21: purges off the desk). */
export interface PurgeTask {
  /** The live database, opened by the thread's own connection, which writes. */
  dbFile: string;
  months: number;
  cutoff: string;
  /** When the purge was asked for (ISO): the erasures and their audit entries say so. */
  at: string;
  /** Who asked, and through which paired desk: the audit entries name them as the desk's would. */
  staffId: number | null;
  desk?: DeskRef | null;
  /** The job runner's id for this purge: each erasure's audit entry carries it. */
  jobId: string;
  /** Guests per transaction (PURGE_BATCH unless a test asks for smaller ones). */
  batch?: number;
}

export interface PurgeOutcome {
  found: RetentionFound;
  totals: PurgeTotals;
}

/**
 * The purge in the worker thread: what the cutoff reaches is read in one snapshot, then the
 * guests are erased in batches, each a short IMMEDIATE transaction of this thread's connection
 * with the same audit entries as the desk's would write (the chain's head is read inside the
 * write lock, so the desk's own entries interleave without forking it). The desk's thread only
 * hears the progress, and its calls wait at most for one batch's write.
 */
export async function purgeFile(
  task: PurgeTask,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PurgeOutcome> {
  const db = new Database(task.dbFile, { fileMustExist: true, timeout: 5000 });
  try {
    setWriterPragmas(db, false);
    setChainKey(db, loadOrCreateKey(task.dbFile));
    const repos = { privacy: createPrivacyRepo(db), audit: createAuditRepo(db) };
    const { found, ids } = readSnapshot(db, () => ({
      found: retentionFound(repos, task.cutoff),
      ids: repos.privacy.eligible(task.cutoff),
    }));
    const details = (more: Record<string, unknown>) =>
      task.desk ? { jobId: task.jobId, ...more, desk: task.desk } : { jobId: task.jobId, ...more };
    const totals = await purgeBatches({
      repos,
      ids,
      months: task.months,
      cutoff: task.cutoff,
      at: task.at,
      batch: task.batch,
      // IMMEDIATE, the head file recorded after the commit, as the desk's writes.
      write: (fn) =>
        writeTransaction(db, () =>
          fn((action, entity, entityId, more = {}) =>
            repos.audit.record(task.at, task.staffId, action, entity, entityId, details(more)),
          ),
        ),
      progress: onProgress,
      // Its messages go out between batches.
      pause: () => new Promise((resolve) => setImmediate(resolve)),
    });
    // The erased values leave the WAL too (privacy-repo's dropWalFrames, from this connection).
    repos.privacy.dropWalFrames();
    return { found, totals };
  } finally {
    db.close();
  }
}
