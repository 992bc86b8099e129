import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMrzOcr, type MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { readMrzImage } from '../../../electron/core/mrz-image/read-mrz-image';
import { readMrz } from '../../../shared/documents/mrz';
import { td3 } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone, type Degradation } from './render-zone';
import { TWIN_PAGES } from './twin-pages';

// Issue 24's first rule, on the generated twin-heavy pages in every degradation: no picture
// yields a zone whose check digits hold with a field that differs from the page and is not
// marked doubtful, its wrong characters among those named. About a second a picture.
const TODAY = { today: '2026-03-01' };
const OCR_TIMEOUT = 120_000;
const DEGRADATIONS: Degradation[] = [
  'clean',
  'rotated',
  'blurred',
  'low-resolution',
  'uneven-light',
  'jpeg',
];
const CLEAN_NUMBER = td3({ number: '47479X7T4', name: 'OSBORNE<<IZZIE', optional: '' });

let ocr: MrzOcr;
beforeAll(() => {
  assertOcrBFont();
  ocr = createMrzOcr();
});
afterAll(async () => {
  await ocr.close();
});

describe('never a wrong field that looks right', () => {
  const pages = [...TWIN_PAGES, { name: 'twin-free', number: '47479X7T4', lines: CLEAN_NUMBER }];
  for (const page of pages) {
    it(
      `${page.name} ${page.number}: every read that holds is exact, or doubtful where it is wrong`,
      async () => {
        const truth = readMrz(page.lines, TODAY).fields;
        for (const degradation of DEGRADATIONS) {
          const reading = await readMrzImage(ocr, await renderZone(page.lines, degradation), TODAY);
          if (reading.kind !== 'read' || !reading.result.valid) continue;
          const { fields } = reading.result;
          for (const key of Object.keys(truth) as Array<keyof typeof truth>) {
            if (fields[key] === truth[key]) continue;
            const doubt = reading.doubtful.find((each) => each.field === key);
            expect(doubt, `${degradation}: ${key} ${fields[key]} is wrong and clean`).toBeDefined();
            const read = String(fields[key]);
            const wrong = [...read].flatMap((c, i) =>
              c === String(truth[key]).charAt(i) ? [] : [i + 1],
            );
            expect(doubt!.positions, degradation).toEqual(expect.arrayContaining(wrong));
          }
          if (page.name === 'twin-free') expect(reading.doubtful, degradation).toEqual([]);
        }
      },
      OCR_TIMEOUT * 3,
    );
  }
});
