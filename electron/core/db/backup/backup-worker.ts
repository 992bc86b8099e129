import { parentPort, workerData } from 'node:worker_threads';
import { copyAndInspect, type CopyTask, type WorkerMessage } from './copy-check';

// The backup's worker thread (backup-thread.ts starts it): copies and checks, then says so. An
// exception becomes a message, so the desk hears a failed backup, not a silent thread.
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
copyAndInspect(workerData as CopyTask, (stage) => post({ kind: 'stage', stage })).then(
  (info) => post({ kind: 'done', info }),
  (err: unknown) =>
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
);
