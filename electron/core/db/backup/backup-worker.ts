import { parentPort, workerData } from 'node:worker_threads';
import { verifyLiveChain } from '../audit/verify';
import { copyAndInspect, type CopyTask, type WorkerMessage } from './copy-check';

// The core's worker thread (backup-thread.ts starts it): copies and checks a backup, walks the
// live database's audit chain, makes a register file or runs a retention purge, then says so. An exception becomes a
// message, so the desk hears a failure, not a silent thread.
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(m, transfer);
const task = workerData as CopyTask;

async function run(): Promise<void> {
  if (task.chain) return post({ kind: 'chain', report: verifyLiveChain(task.partial) });
  if (task.export) {
    // Loaded only here: exceljs and pdfkit are no part of a backup.
    const { exportRegisterFile } = await import('../../exports/export-job');
    const made = await exportRegisterFile(task.export, (done, total) =>
      post({ kind: 'progress', done, total }),
    );
    // Its own buffer, handed over rather than copied again.
    const bytes = new Uint8Array(made.bytes);
    return post({ kind: 'exported', bytes, rows: made.rows }, [bytes.buffer]);
  }
  if (task.purge) {
    const { purgeFile } = await import('../../privacy/purge-job');
    const outcome = await purgeFile(task.purge, (done, total) =>
      post({ kind: 'progress', done, total }),
    );
    return post({ kind: 'purged', outcome });
  }
  const info = await copyAndInspect(task, (stage) => post({ kind: 'stage', stage }));
  post({ kind: 'done', info });
}

run().catch((err: unknown) =>
  post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
);
