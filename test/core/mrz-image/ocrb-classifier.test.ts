import { describe, expect, it } from 'vitest';
import templateFile from '../../../shared/documents/ocrb-templates.json' with { type: 'json' };
import { CELL_SIZE } from '../../../electron/core/mrz-image/cells';
import { classifyZone } from '../../../electron/core/mrz-image/ocrb-classifier';
import type { MrzOcr } from '../../../electron/core/mrz-image/ocr-engine';
import { locateZone } from '../../../electron/core/mrz-image/prepare';
import { readMrzImage } from '../../../electron/core/mrz-image/read-mrz-image';
import { glyphLines } from '../../../shared/documents/mrz-ocr';
import type { MrzFormat } from '../../../shared/documents/mrz-types';
import { td1 } from '../../shared/documents/mrz-builders';
import { assertOcrBFont, renderZone, type Degradation } from './render-zone';
import { MORE_TWIN_PAGES, TWIN_PAGES } from './twin-pages';

// The OCR-B template classifier on its own (no tesseract: a few hundred milliseconds a picture),
// and readMrzImage with a stand-in for tesseract that sees what a test says.
const TODAY = { today: '2026-03-01' };
const formatOf = (lines: string[]): MrzFormat =>
  lines.length === 3 ? 'TD1' : lines[0]!.length === 44 ? 'TD3' : 'TD2';
/** A tesseract that reads `lines` (or nothing) whatever the picture. */
const seeing = (lines: string[] | null): MrzOcr => ({
  recognise: async () => (lines ? glyphLines(lines.join('\n')) : []),
  close: async () => {},
});

assertOcrBFont();

describe('the OCR-B templates', () => {
  it('are the project’s own data: every glyph of the zone in four variants of one cell each', () => {
    const glyphs = (templateFile as { glyphs: Record<string, string[]> }).glyphs;
    expect(Object.keys(glyphs).sort().join('')).toBe('0123456789<ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    for (const variants of Object.values(glyphs)) {
      expect(variants).toHaveLength(4);
      for (const each of variants) expect(Buffer.from(each, 'base64')).toHaveLength(CELL_SIZE);
    }
  });
});

describe('classifying the zone’s cells against the OCR-B templates', () => {
  const pages = [TWIN_PAGES[0]!, MORE_TWIN_PAGES[3]!, MORE_TWIN_PAGES[5]!];
  const degradations: Degradation[] = ['clean', 'rotated', 'webcam', 'webcam-low-contrast'];
  for (const page of pages) {
    it(`reads every character of the ${page.name} ${formatOf(page.lines)} zone as printed`, async () => {
      for (const degradation of degradations) {
        const located = await locateZone(await renderZone(page.lines, degradation));
        expect(located.zone, degradation).not.toBeNull();
        const zone = classifyZone(located.straight, located.zone!, formatOf(page.lines))!;
        const read = zone.map((line) => line.map((glyph) => glyph.char).join(''));
        expect(read, degradation).toEqual(page.lines);
      }
    });
  }
});

describe('two recognisers and the check digits', () => {
  const page = MORE_TWIN_PAGES.find((each) => each.name === 'Uzbek')!;

  it('reads the zone with the classifier alone when tesseract sees nothing', async () => {
    const image = await renderZone(page.lines, 'webcam-shadow');
    const reading = await readMrzImage(seeing(null), image, TODAY);
    expect(reading).toMatchObject({ kind: 'read', lines: page.lines, doubtful: [] });
  });

  it('lets the classifier settle a twin tesseract misread (S as 8, same check weight)', async () => {
    const misread = page.lines.map((line, row) =>
      row === 1
        ? line.replace('FA0818S25', 'FA0818825').replace('3O1062I5Z8OO14', '30106215280014')
        : line,
    );
    const image = await renderZone(page.lines, 'clean');
    const settled = await readMrzImage(seeing(misread), image, TODAY);
    expect(settled).toMatchObject({ kind: 'read', lines: page.lines, doubtful: [] });
    // Not trusting the classifier's margin, the same picture asks the desk to check.
    const unsettled = await readMrzImage(seeing(misread), image, {
      ...TODAY,
      settleMargin: Infinity,
    });
    expect(unsettled.kind === 'read' && unsettled.doubtful.map((each) => each.field)).toEqual([
      'documentNumber',
      'optionalData',
    ]);
  });

  it('leaves the field in doubt when both readings hold and differ in a character that is no twin', async () => {
    // K for A: same weight modulo 10, so tesseract's reading holds every check digit too.
    const misread = page.lines.map((line, row) =>
      row === 1 ? line.replace('FA0818S25', 'FK0818S25') : line,
    );
    const reading = await readMrzImage(
      seeing(misread),
      await renderZone(page.lines, 'clean'),
      TODAY,
    );
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.result.valid).toBe(true);
    const doubt = reading.doubtful.find((each) => each.field === 'documentNumber');
    expect(doubt).toMatchObject({ positions: [2] });
    expect([reading.result.fields.documentNumber, ...doubt!.alternatives]).toEqual(
      expect.arrayContaining(['FA0818S25', 'FK0818S25']),
    );
  });

  it('refuses a camera frame taken while the page moved, before recognition, and reads a still one', async () => {
    let asked = 0;
    const counting: MrzOcr = {
      recognise: async () => {
        asked += 1;
        return [];
      },
      close: async () => {},
    };
    const card = td1();
    const smeared = await renderZone(card, 'motion-blur');
    expect(await readMrzImage(counting, smeared, { ...TODAY, frame: true })).toEqual({
      kind: 'blurred',
    });
    expect(asked).toBe(0);
    // A photo is never refused for motion: only a live frame is.
    expect((await readMrzImage(counting, smeared, TODAY)).kind).not.toBe('blurred');
    const still = await readMrzImage(counting, await renderZone(card, 'webcam'), {
      ...TODAY,
      frame: true,
    });
    expect(still).toMatchObject({ kind: 'read', lines: card });
  });
});
