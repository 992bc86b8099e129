import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'tesseract.js';
import type { GlyphLine } from '../../../shared/documents/mrz-ocr';

const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

export interface MrzOcr {
  /** The lines tesseract sees in a prepared picture of the zone, with its confidence. */
  recognise: (png: Buffer) => Promise<GlyphLine[]>;
  close: () => Promise<void>;
}

// The language data ships inside the npm package (and so inside the installers): nothing is
// fetched at run time, and cacheMethod 'none' keeps tesseract from writing a copy to disk.
function languageDir(): string {
  // The main process runs as a CommonJS bundle (no import.meta), tests and the CLI as ESM.
  const resolver = typeof require === 'function' ? require : createRequire(import.meta.url);
  const pkg = resolver.resolve('@tesseract.js-data/eng/package.json');
  return path.join(path.dirname(pkg), '4.0.0');
}

async function startWorker(): Promise<Worker> {
  // Loaded on the first picture: the app, web mode and the CLI start without it.
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  // The legacy engine with the alphabet whitelist reads OCR-B's filler `<` as `<`; the LSTM
  // engine, trained on prose, reads it as K or L and splits runs of fillers.
  const worker = await createWorker('eng', OEM.TESSERACT_ONLY, {
    langPath: languageDir(),
    gzip: true,
    cacheMethod: 'none',
    legacyCore: true,
    legacyLang: true,
  });
  await worker.setParameters({
    tessedit_char_whitelist: MRZ_ALPHABET,
    tessedit_pageseg_mode: PSM.SINGLE_BLOCK,
    // The legacy classifier otherwise adapts to every page it reads: the same picture would
    // read differently depending on the guests before it.
    classify_enable_learning: '0',
    // PNGs carry no resolution; without one tesseract warns on stdout at every read.
    user_defined_dpi: '300',
  });
  return worker;
}

/**
 * One tesseract worker (its own thread, so the core's event loop never waits on recognition),
 * started on first use and kept warm: loading the engine and its data takes seconds, a read
 * about one.
 */
export function createMrzOcr(): MrzOcr {
  let worker: Promise<Worker> | null = null;
  const get = () => {
    worker ??= startWorker().catch((err: unknown) => {
      worker = null;
      throw err;
    });
    return worker;
  };
  return {
    recognise: async (png) => {
      const { data } = await (await get()).recognize(png, {}, { blocks: true });
      return (data.blocks ?? []).flatMap((block) =>
        block.paragraphs.flatMap((paragraph) =>
          paragraph.lines.map((line) =>
            line.words.flatMap((word) =>
              word.symbols.map((symbol) => ({ char: symbol.text, confidence: symbol.confidence })),
            ),
          ),
        ),
      );
    },
    close: async () => {
      const running = worker;
      worker = null;
      if (running) await (await running).terminate();
    },
  };
}
