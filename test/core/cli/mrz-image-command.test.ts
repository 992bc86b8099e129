import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMrzCommand, runMrzImageCommand } from '../../../electron/core/cli/mrz-command';
import { createMrzOcr, type MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { glyphLines } from '../../../shared/documents/mrz-ocr';
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
      // D23145890 is full of twins (D/0, 2/Z, 1/I, 5/S, 8/B/S); the OCR-B classifier is sure of
      // each, so the read is clean.
      expect(JSON.parse(result.stdout)).toEqual({
        ...fromLines,
        lines,
        status: 'clean',
        confirmed: true,
        doubtful: [],
      });
    },
    OCR_TIMEOUT,
  );

  for (const page of TWIN_PAGES) {
    it(
      `reads issue 24's ${page.name} number ${page.number} exactly and clean: the OCR-B classifier settles its twins`,
      async () => {
        const file = path.join(dir, `${page.name}.jpg`);
        writeFileSync(file, await renderZone(page.lines, 'jpeg'));
        const result = await runMrzImageCommand(file, ocr, TODAY);
        expect(result.exitCode).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json).toMatchObject({ valid: true, status: 'clean', confirmed: true, doubtful: [] });
        expect(json.lines).toEqual(page.lines);
        expect(json.fields.documentNumber).toBe(page.number);
      },
      OCR_TIMEOUT,
    );
  }

  it(
    'says check, unconfirmed, when the two recognisers both hold and disagree, and offers the other reading',
    async () => {
      const page = TWIN_PAGES[0]!;
      // A tesseract that reads the German number's C (12) as M (22): no twin, yet it weighs the
      // same modulo 10, so that reading holds every check digit too.
      const misread = page.lines.map((line, row) =>
        row === 1 ? line.replace(page.number, `M${page.number.slice(1)}`) : line,
      );
      const seeing: MrzOcr = {
        recognise: async () => glyphLines(misread.join('\n')),
        close: async () => {},
      };
      const file = path.join(dir, 'german-disagree.png');
      writeFileSync(file, await renderZone(page.lines, 'clean'));
      const json = JSON.parse((await runMrzImageCommand(file, seeing, TODAY)).stdout);
      expect(json).toMatchObject({ valid: true, status: 'check', confirmed: false });
      expect(json.fields.documentNumber).toBe(page.number);
      expect(json.doubtful).toEqual([
        expect.objectContaining({
          field: 'documentNumber',
          positions: [1],
          alternatives: [`M${page.number.slice(1)}`],
        }),
      ]);
    },
    OCR_TIMEOUT,
  );

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
