// The time to read one passport photo's zone with the recognition worker warm (the desk's case:
// the first scan of the day pays the start-up once): a clean photo, and a webcam frame of a
// twin-heavy number (both recognisers, the doubt's extra cuts when tesseract disagrees).
import { createMrzOcr } from '../electron/core/mrz-image/ocr-engine';
import { readMrzImage } from '../electron/core/mrz-image/read-mrz-image';
import { assertOcrBFont, renderZone } from '../test/core/mrz-image/render-zone';
import { TWIN_PAGES } from '../test/core/mrz-image/twin-pages';
import { td3 } from '../test/shared/documents/mrz-builders';
import { record } from './lib/measure';

export async function benchMrzImage(): Promise<void> {
  const name = 'read the MRZ from a passport photo (JPEG, worker warm)';
  try {
    assertOcrBFont();
  } catch (err) {
    console.log(`${name.padEnd(62)} skipped: ${(err as Error).message}`);
    return;
  }
  const photo = await renderZone(td3(), 'jpeg');
  const frame = await renderZone(TWIN_PAGES[2]!.lines, 'webcam');
  const ocr = createMrzOcr();
  try {
    const t0 = process.hrtime.bigint();
    await readMrzImage(ocr, photo);
    const start = Number(process.hrtime.bigint() - t0) / 1e6;
    for (const [label, picture] of [
      [name, photo],
      ['read the MRZ from a webcam frame (twin-heavy number, warm)', frame],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const t = process.hrtime.bigint();
        const reading = await readMrzImage(ocr, picture);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (reading.kind !== 'read' || !reading.result.valid)
          throw new Error('bench picture unread');
      }
      times.sort((a, b) => a - b);
      record(label, times[3]!, 'ms');
    }
    console.log(
      `${'  first read, starting the worker'.padEnd(62)} ${`${start.toFixed(0)} ms`.padStart(12)}`,
    );
  } finally {
    await ocr.close();
  }
}
