import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMrzCommand, runMrzImageCommand } from '../../../electron/core/cli/mrz-command';
import { createMrzOcr, type MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { td1 } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone } from '../mrz-image/render-zone';

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
      expect(JSON.parse(result.stdout)).toEqual({ ...fromLines, lines });
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
