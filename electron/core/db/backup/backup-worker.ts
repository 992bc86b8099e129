import { parentPort, workerData } from 'node:worker_threads';
import { verifyLiveChain } from '../audit/verify';
import { copyAndInspect, type CopyTask, type WorkerMessage } from './copy-check';

// The backup's worker thread (backup-thread.ts starts it): copies and checks, or walks the live
// database's audit chain, then says so. An exception becomes a message, so the desk hears a
// failure, not a silent thread.
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const task = workerData as CopyTask;
const work: Promise<WorkerMessage> = task.chain
  ? Promise.resolve().then(() => ({ kind: 'chain', report: verifyLiveChain(task.partial) }))
  : copyAndInspect(task, (stage) => post({ kind: 'stage', stage })).then((info) => ({
      kind: 'done',
      info,
    }));
work.then(post, (err: unknown) =>
  post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
);
