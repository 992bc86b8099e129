import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupInfo } from '../../../../shared/contract';
import type { ExportTask } from '../../exports/export-job';
import type { PurgeOutcome, PurgeTask } from '../../privacy/purge-job';
import type { ChainReport } from '../audit/verify';
import type { CopyTask, WorkerMessage, WorkerStage } from './copy-check';

/** The worker's bundle beside the Electron main's and the CLI's (scripts/bundle-options.mjs). */
export const BACKUP_WORKER_FILE = 'backup-worker.cjs';

// Under tsx and vitest the core runs from its .ts sources and a worker thread gets no TypeScript
// loader: the worker imports tsx (which registers its hooks in that thread; a dev dependency,
// never in a bundle) before the worker's source, so the source and the modules it imports on
// first use (the export's writers) load as they do here.
const FROM_SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => tsx.register()).then(() => import(workerData.entry));
`;

// This module's file: a .ts source, the Electron main's CommonJS bundle (no import.meta there)
// or a chunk of the CLI's ESM bundle (no __filename); the bundles have the worker's file beside.
function here(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

function spawn(task: CopyTask): Worker {
  const file = here();
  if (file.endsWith('.ts')) {
    const entry = path.join(path.dirname(file), 'backup-worker.ts');
    // tsx's ESM API as a module (its "import" condition), whose register() hooks this thread.
    const tsx = path.join(
      path.dirname(createRequire(file).resolve('tsx/package.json')),
      'dist/esm/api/index.mjs',
    );
    return new Worker(FROM_SOURCE, {
      eval: true,
      workerData: { ...task, tsx: pathToFileURL(tsx).href, entry: pathToFileURL(entry).href },
    });
  }
  return new Worker(path.join(path.dirname(file), BACKUP_WORKER_FILE), { workerData: task });
}

/**
 * Runs a task in a worker thread (copy-check.ts) and resolves with what `take` finds in its
 * answer: the desk's thread only waits for its messages, so it answers every call meanwhile.
 * Rejects when the thread reports an error, throws one, or ends without an answer (killed, out
 * of memory): never hangs. Aborting `signal` ends the thread, and rejects once it has exited
 * (its connection closed: the file may then be moved, even on Windows).
 */
function inThread<T>(
  task: CopyTask,
  take: (m: WorkerMessage) => T | undefined,
  onStage: (stage: WorkerStage) => void = () => undefined,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      signal?.throwIfAborted();
      worker = spawn(task);
    } catch (err) {
      reject(err);
      return;
    }
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      end();
      void worker.terminate();
    };
    const stop = () => {
      if (settled) return;
      settled = true;
      void worker.terminate().then(() => reject(new Error('stopped')));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'stage') return onStage(m.stage);
      if (m.kind === 'failed') return settle(() => reject(new Error(m.message)));
      const value = take(m);
      if (value !== undefined) settle(() => resolve(value));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the backup thread ended without an answer (exit ${code})`))),
    );
  });
}

/** Copies and checks a backup in a worker thread (`copyAndInspect`). */
export const copyInThread = (
  task: CopyTask,
  onStage: (stage: WorkerStage) => void = () => undefined,
): Promise<BackupInfo> => inThread(task, (m) => (m.kind === 'done' ? m.info : undefined), onStage);

/**
 * Walks the live database's audit chain in a worker thread with its own read-only connection
 * (`verifyLiveChain`: hashes, MACs, head file, the trail against the tables): at a million stays
 * tens of seconds that were the desk's (issue 21). `signal` stops it (a restore, a close).
 */
export const chainInThread = (file: string, signal?: AbortSignal): Promise<ChainReport> =>
  inThread(
    { source: null, partial: file, chain: true },
    (m) => (m.kind === 'chain' ? m.report : undefined),
    undefined,
    signal,
  );

/**
 * Checks an existing backup (`inspectBackup`: integrity, schema, counts, chain) in a worker
 * thread, read-only: a gigabyte's full check takes its thread for seconds, never the desk's.
 */
export const inspectInThread = (file: string): Promise<BackupInfo> =>
  copyInThread({ source: null, partial: file, readOnly: true });

/**
 * `PRAGMA quick_check` of the live database in a worker thread, read-only, with its own
 * connection (the start check after a crash; core.ts serves no guest data until it passes).
 * Resolves whether it passed; rejects when the thread could not run it.
 */
export const quickCheckInThread = (file: string): Promise<boolean> =>
  copyInThread({ source: null, partial: file, quickCheck: true }).then((info) => info.good);

/**
 * Makes a register file in a worker thread (exports/export-job.ts): the query and the writing of
 * a year's register took the desk's thread for over a second at a million stays (issue 21).
 */
export const exportInThread = (
  task: ExportTask,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ bytes: Buffer; rows: number }> =>
  inThread({ source: null, partial: task.dbFile, export: task }, (m) => {
    if (m.kind === 'progress') onProgress(m.done, m.total);
    return m.kind === 'exported'
      ? { bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), rows: m.rows }
      : undefined;
  });

/**
 * Runs a retention purge in a worker thread with its own connection (privacy/purge-job.ts): at a
 * million stays its reads and its erasures, batch after batch, were the desk's thread's (issue
 * 21). `signal` ends the thread (a restore, a close); the batches it committed stay committed.
 */
export const purgeInThread = (
  task: PurgeTask,
  onProgress: (done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<PurgeOutcome> =>
  inThread(
    { source: null, partial: task.dbFile, purge: task },
    (m) => {
      if (m.kind === 'progress') onProgress(m.done, m.total);
      return m.kind === 'purged' ? m.outcome : undefined;
    },
    undefined,
    signal,
  );
