import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMrzCommand, runMrzImageCommand } from '../../../electron/core/cli/mrz-command';
import { createMrzOcr, type MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { td1, td3 } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone } from '../mrz-image/render-zone';
import { TWIN_PAGES } from '../mrz-image/twin-pages';

const TODAY = { today: '2026-03-01' };
const OCR_TIMEOUT = 120_000;
let ocr: MrzOcr;
let dir: string;

beforeAll(() => {
  assertOcrBFont();
  ocr = createMrzOcr();
  dir = mkdtempSync(path.join(os.tmpdir(), 'tirkeu-mrz-image-'));
});
afterAll(async () => {
  await ocr.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mrz --image', () => {
  it(
    'prints the same JSON object as the lines would, plus the lines it read',
    async () => {
      const lines = td1();
      const file = path.join(dir, 'card.jpg');
      writeFileSync(file, await renderZone(lines, 'jpeg'));
      const result = await runMrzImageCommand(file, ocr, TODAY);
      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
      const fromLines = JSON.parse(runMrzCommand(lines, TODAY).stdout);
      // D23145890 is full of twins (D/0, 2/Z, 1/I, 5/S, 8/B/S): read right, but unconfirmed.
      expect(JSON.parse(result.stdout)).toEqual({
        ...fromLines,
        lines,
        status: 'check',
        confirmed: false,
        doubtful: [expect.objectContaining({ field: 'documentNumber' })],
      });
    },
    OCR_TIMEOUT,
  );

  for (const page of TWIN_PAGES) {
    it(
      `marks the ${page.name} number ${page.number} doubtful and offers the true reading`,
      async () => {
        const file = path.join(dir, `${page.name}.jpg`);
        writeFileSync(file, await renderZone(page.lines, 'jpeg'));
        const result = await runMrzImageCommand(file, ocr, TODAY);
        expect(result.exitCode).toBe(0);
        const json = JSON.parse(result.stdout);
        // The check digits hold (valid), yet the read is not clean until the page is checked.
        expect(json).toMatchObject({ valid: true, status: 'check', confirmed: false });
        const doubt = json.doubtful.find(
          (each: { field: string }) => each.field === 'documentNumber',
        );
        expect(doubt.positions.length).toBeGreaterThan(0);
        expect(doubt.alternatives.length).toBeGreaterThan(0);
        expect([json.fields.documentNumber, ...doubt.alternatives]).toContain(page.number);
        // Every character read wrong is among those named for the desk to check.
        const read: string = json.fields.documentNumber;
        const wrong = [...read].flatMap((char, i) =>
          char === page.number.charAt(i) ? [] : [i + 1],
        );
        expect(doubt.positions).toEqual(expect.arrayContaining(wrong));
        expect(Math.max(...doubt.positions)).toBeLessThanOrEqual(read.length);
      },
      OCR_TIMEOUT,
    );
  }

  it(
    'reports a number without twins, and twins only where the alphabet settles them, as clean',
    async () => {
      // 0, 8, 5, O and I appear only in dates, check digits and the name: digits or letters.
      const lines = td3({
        number: '47479X7T4',
        name: 'OSBORNE<<IZZIE',
        birth: '850812',
        optional: '',
      });
      const file = path.join(dir, 'clean.png');
      writeFileSync(file, await renderZone(lines, 'clean'));
      const result = await runMrzImageCommand(file, ocr, TODAY);
      const json = JSON.parse(result.stdout);
      expect(json.lines).toEqual(lines);
      expect(json).toMatchObject({ valid: true, status: 'clean', confirmed: true, doubtful: [] });
    },
    OCR_TIMEOUT,
  );

  it('exits 2 with one line on stderr for a file that cannot be read or is no picture', async () => {
    const missing = await runMrzImageCommand(path.join(dir, 'missing.png'), ocr, TODAY);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^mrz: cannot read .*missing\.png: ENOENT\n$/);
    const text = path.join(dir, 'notes.png');
    writeFileSync(text, 'not a picture');
    const notPicture = await runMrzImageCommand(text, ocr, TODAY);
    expect(notPicture).toMatchObject({ exitCode: 2, stdout: '' });
    expect(notPicture.stderr).toMatch(/is not a picture/);
    expect((await runMrzImageCommand(undefined, ocr, TODAY)).exitCode).toBe(2);
  });
});
