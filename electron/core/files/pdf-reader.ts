import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/contract';
import { PDF_WORKER_SOURCE } from './pdf-worker-source';

export interface PdfLimits {
  /** What all of a file's compressed streams may inflate to, together. */
  maxInflatedBytes: number;
  /** The reading thread's JavaScript heap. */
  maxHeapMb: number;
  /** The process's growth in memory while one file is read (buffers live outside the heap). */
  maxGrowthMb: number;
  /** How long one file may take. */
  timeoutMs: number;
}

// A portal's notice is a page or two of text, well under a megabyte inflated; a scanned one
// holds page images. These leave room for both and stop a bomb long before it hurts the desk.
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxInflatedBytes: 128 * 1024 ** 2,
  maxHeapMb: 256,
  maxGrowthMb: 768,
  timeoutMs: 20_000,
};

export interface PdfReading {
  text: string;
  pages: number;
}

export interface PdfReader {
  /** The text of the first `maxPages` pages; a refused file is an AppFailure saying why. */
  read: (bytes: Uint8Array, maxPages?: number) => Promise<PdfReading>;
  /** Starts a thread and loads pdf.js in it now, so the first proof does not wait for them. */
  warm: () => void;
  /** Whether a thread with pdf.js loaded is waiting for the next file. */
  isWarm: () => boolean;
  close: () => Promise<void>;
}

type Answer = { ok: true; text: string; pages: number } | { ok: false; reason: string };

const refused = (reason: string) =>
  new AppFailure('invalid', { issues: [{ field: 'fileId', code: `proof.${reason}` }] });

/**
 * pdf.js's file URL, resolved here: the worker runs from a string and has no module path. In the
 * packaged app pdf.js is unpacked from app.asar (electron-builder.yml), for a worker thread's
 * import to read it as a plain file.
 */
function pdfjsUrl(): string {
  // The main process runs as a CommonJS bundle (no import.meta), tests and the CLI as ESM; the
  // working folder's node_modules last, as for the PDF fonts (pdf-doc.ts).
  const resolvers = [
    typeof require === 'function' ? require : createRequire(import.meta.url),
    createRequire(path.join(process.cwd(), 'package.json')),
  ];
  for (const resolver of resolvers) {
    try {
      const file = resolver.resolve('pdfjs-dist/legacy/build/pdf.mjs');
      return pathToFileURL(file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')).href;
    } catch {
      // The next place.
    }
  }
  throw new Error('pdfjs-dist not found');
}

/**
 * Proof PDFs are read in worker threads (pdf.js inflating a hostile file held the whole server
 * for 28 s and 2.65 GB): the core's thread only waits for a message, so every other call is
 * answered meanwhile. One warm thread is kept idle; a second read at the same time gets a thread
 * of its own. A thread past its time or memory is terminated, its file refused in words.
 */
export function createPdfReader(limits: Partial<PdfLimits> = {}): PdfReader {
  const cap = { ...DEFAULT_PDF_LIMITS, ...limits };
  let idle: Worker | null = null;
  const busy = new Set<Worker>();
  /** Threads whose pdf.js has loaded. */
  const loaded = new WeakSet<Worker>();
  let seq = 0;

  const spawn = (): Worker => {
    const w = new Worker(PDF_WORKER_SOURCE, {
      eval: true,
      workerData: { pdfjsUrl: pdfjsUrl(), maxInflatedBytes: cap.maxInflatedBytes },
      resourceLimits: { maxOldGenerationSizeMb: cap.maxHeapMb },
    });
    // An idle thread never keeps the process (the CLI, a test) alive.
    w.unref();
    w.on('error', () => undefined);
    w.on('message', (m: { ready?: boolean }) => {
      if (m.ready) loaded.add(w);
    });
    w.once('exit', () => {
      if (idle === w) idle = null;
    });
    return w;
  };
  const take = (): Worker => {
    const w = idle ?? spawn();
    idle = null;
    return w;
  };
  const giveBack = (w: Worker) => {
    busy.delete(w);
    w.unref();
    if (idle) void w.terminate();
    else idle = w;
  };

  const read = (bytes: Uint8Array, maxPages = 10): Promise<PdfReading> =>
    new Promise((resolve, reject) => {
      const w = take();
      busy.add(w);
      w.ref();
      const id = (seq += 1);
      const startRss = process.memoryUsage.rss();
      const end = (kill: boolean) => {
        clearTimeout(timer);
        clearInterval(watch);
        w.off('message', onMessage);
        w.off('exit', onExit);
        if (kill) {
          busy.delete(w);
          void w.terminate();
        } else giveBack(w);
      };
      const timer = setTimeout(() => {
        end(true);
        reject(refused('too_slow'));
      }, cap.timeoutMs);
      // Inflated streams are buffers outside the thread's heap cap: the process's size tells.
      const watch = setInterval(() => {
        if (process.memoryUsage.rss() - startRss <= cap.maxGrowthMb * 1024 ** 2) return;
        end(true);
        reject(refused('too_heavy'));
      }, 100);
      const onMessage = (m: Answer & { id: number }) => {
        if (m.id !== id) return;
        end(false);
        if (m.ok) resolve({ text: m.text, pages: m.pages });
        else reject(refused(m.reason));
      };
      // The heap cap ends the thread (ERR_WORKER_OUT_OF_MEMORY): the file was too heavy.
      const onExit = () => {
        end(true);
        reject(refused('too_heavy'));
      };
      w.on('message', onMessage);
      w.on('exit', onExit);
      // A copy: the caller's bytes are still wanted (hashed, stored).
      const copy = Uint8Array.from(bytes);
      w.postMessage({ id, bytes: copy, maxPages }, [copy.buffer]);
    });

  return {
    read,
    warm: () => {
      try {
        idle ??= spawn();
      } catch {
        // Only a head start: a read that follows says what is wrong.
      }
    },
    isWarm: () => idle !== null && loaded.has(idle),
    close: async () => {
      const all = [...busy, ...(idle ? [idle] : [])];
      idle = null;
      busy.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
