import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMrzOcr, type MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { readMrzImage } from '../../../electron/core/mrz-image/read-mrz-image';
import { td1, td2, td3, type CheckTarget } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone, type Degradation } from './render-zone';
import sharp from 'sharp';

// Real recognition with the shipped engine and data: about a second a picture on two cores,
// so a moderate set (3 formats × 5 degradations, and the refusals).
const TODAY = { today: '2026-03-01' };
const OCR_TIMEOUT = 120_000;
const FORMATS = { TD3: td3, TD2: td2, TD1: td1 } as const;
const DEGRADATIONS: Degradation[] = [
  'rotated',
  'blurred',
  'low-resolution',
  'uneven-light',
  'jpeg',
];

let ocr: MrzOcr;
beforeAll(() => {
  assertOcrBFont();
  ocr = createMrzOcr();
});
afterAll(async () => {
  await ocr.close();
});

describe('reading the machine-readable zone from a picture', () => {
  for (const [format, build] of Object.entries(FORMATS)) {
    for (const degradation of DEGRADATIONS) {
      it(
        `reads a ${format} zone back exactly from a ${degradation} picture`,
        async () => {
          const lines = build();
          const reading = await readMrzImage(ocr, await renderZone(lines, degradation), TODAY);
          expect(reading.kind).toBe('read');
          if (reading.kind !== 'read') return;
          expect(reading.lines).toEqual(lines);
          expect(reading.result).toMatchObject({ valid: true, format, errors: [] });
        },
        OCR_TIMEOUT,
      );
    }
  }

  const corrupted: Array<[keyof typeof FORMATS, CheckTarget]> = [
    ['TD3', 'birthDate'],
    ['TD3', 'documentNumber'],
    ['TD1', 'expiryDate'],
    ['TD2', 'composite'],
  ];
  for (const [format, target] of corrupted) {
    it(
      `never accepts a ${format} zone whose ${target} check digit is wrong, and names it`,
      async () => {
        const lines = FORMATS[format]({}, target);
        const reading = await readMrzImage(ocr, await renderZone(lines, 'clean'), TODAY);
        expect(reading.kind).toBe('read');
        if (reading.kind !== 'read') return;
        expect(reading.result.valid).toBe(false);
        expect(reading.result.errors).toContainEqual({ field: target, code: 'mrz.check_digit' });
      },
      OCR_TIMEOUT,
    );
  }

  it(
    'says there is no zone on a page without one',
    async () => {
      const page = await sharp({
        create: { width: 900, height: 600, channels: 3, background: '#f3eee2' },
      })
        .png()
        .toBuffer();
      expect(await readMrzImage(ocr, page, TODAY)).toEqual({ kind: 'no_zone' });
    },
    OCR_TIMEOUT,
  );

  it('says bytes that are no picture are not an image', async () => {
    const bytes = new TextEncoder().encode('P<UTOERIKSSON<<ANNA<MARIA');
    expect(await readMrzImage(ocr, bytes, TODAY)).toEqual({ kind: 'not_an_image' });
  });
});
