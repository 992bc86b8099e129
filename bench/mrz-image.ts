// The time to read one passport photo's zone with the recognition worker warm (the desk's case:
// the first scan of the day pays the start-up once).
import { createMrzOcr } from '../electron/core/mrz-image/ocr-engine';
import { readMrzImage } from '../electron/core/mrz-image/read-mrz-image';
import { assertOcrBFont, renderZone } from '../test/core/mrz-image/render-zone';
import { td3 } from '../test/shared/documents/mrz-builders';

export async function benchMrzImage(): Promise<void> {
  const name = 'read the MRZ from a passport photo (JPEG, worker warm)';
  try {
    assertOcrBFont();
  } catch (err) {
    console.log(`${name.padEnd(62)} skipped: ${(err as Error).message}`);
    return;
  }
  const lines = td3();
  const photo = await renderZone(lines, 'jpeg');
  const ocr = createMrzOcr();
  try {
    const t0 = process.hrtime.bigint();
    await readMrzImage(ocr, photo);
    const start = Number(process.hrtime.bigint() - t0) / 1e6;
    const times: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const t = process.hrtime.bigint();
      const reading = await readMrzImage(ocr, photo);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (reading.kind !== 'read' || !reading.result.valid) throw new Error('bench photo unread');
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(62)} ${`${times[3]!.toFixed(0)} ms`.padStart(12)} / op`);
    console.log(
      `${'  first read, starting the worker'.padEnd(62)} ${`${start.toFixed(0)} ms`.padStart(12)}`,
    );
  } finally {
    await ocr.close();
  }
}
