// `npx tsx bench/mrz-set.ts`: the generated passport and ID-card pages (issue 24's twin-heavy
// numbers in several states, TD3, TD2 and TD1; the ICAO specimens; a number without twins), in
// the photo degradations and webcam-like frames, read as `mrz --image` reads them. Counts the
// reads that are exact (every field as printed), doubtful (a field marked for the desk to
// check), wrong and clean (the kind that must not happen) and unread (no zone whose check
// digits hold: the desk types). Prints which recogniser alone reads each picture's zone exactly
// (tesseract on the first cut, the OCR-B classifier), and the classifier's twin margins, which
// SETTLE_MARGIN in read-mrz-image.ts is chosen from. `--no-settle`: the classifier never settles
// a twin (what the doubts would be without it). Never used in tests; twin-set.test.ts holds the rule.
import { classifyZone, asGlyphLines } from '../electron/core/mrz-image/ocrb-classifier';
import { createMrzOcr } from '../electron/core/mrz-image/ocr-engine';
import { locateZone, prepareZoneImages } from '../electron/core/mrz-image/prepare';
import { readMrzImage, SETTLE_MARGIN, twinMargin } from '../electron/core/mrz-image/read-mrz-image';
import { readMrz } from '../shared/documents/mrz';
import { MRZ_LAYOUTS } from '../shared/documents/mrz-layout';
import { correctMrzLines, findMrzLines } from '../shared/documents/mrz-ocr';
import { isTwinShaped } from '../shared/documents/mrz-twins';
import type { MrzFormat } from '../shared/documents/mrz-types';
import {
  assertOcrBFont,
  renderZone,
  WEBCAM_DEGRADATIONS,
  type Degradation,
} from '../test/core/mrz-image/render-zone';
import { MORE_TWIN_PAGES, TWIN_PAGES } from '../test/core/mrz-image/twin-pages';
import { td1, td2, td3 } from '../test/shared/documents/mrz-builders';

const TODAY = { today: '2026-03-01' } as const;
const noSettle = process.argv.includes('--no-settle');
const DEGRADATIONS: Degradation[] = [
  'clean',
  'rotated',
  'blurred',
  'low-resolution',
  'uneven-light',
  'jpeg',
  ...WEBCAM_DEGRADATIONS,
];
const PAGES: Array<{ name: string; lines: string[] }> = [
  ...TWIN_PAGES,
  ...MORE_TWIN_PAGES,
  { name: 'TD3 specimen', lines: td3() },
  { name: 'TD2 specimen', lines: td2() },
  { name: 'TD1 specimen', lines: td1() },
  { name: 'Twin-free', lines: td3({ number: '47479X7T4', name: 'OSBORNE<<IZZIE', optional: '' }) },
];
const formatOf = (lines: string[]): MrzFormat =>
  lines.length === 3 ? 'TD1' : lines[0]!.length === 44 ? 'TD3' : 'TD2';

assertOcrBFont();
const ocr = createMrzOcr();
const tally = { exact: 0, exactDoubtful: 0, wrongDoubtful: 0, wrongClean: 0, unread: 0 };
const alone = { tesseract: 0, classifier: 0, both: 0, neither: 0 };
const right: number[] = [];
const wrong: number[] = [];
const times: number[] = [];
try {
  await readMrzImage(ocr, await renderZone(td3(), 'clean'), TODAY); // the worker warm
  for (const page of PAGES) {
    const format = formatOf(page.lines);
    const truth = readMrz(page.lines, TODAY).fields;
    for (const degradation of DEGRADATIONS) {
      const image = await renderZone(page.lines, degradation);
      const t0 = process.hrtime.bigint();
      const reading = await readMrzImage(ocr, image, {
        ...TODAY,
        ...(noSettle ? { settleMargin: Infinity } : {}),
      });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      let verdict: string;
      if (reading.kind !== 'read' || !reading.result.valid) {
        verdict = 'unread';
        tally.unread++;
      } else {
        const fields = reading.result.fields;
        const off = (Object.keys(truth) as Array<keyof typeof truth>).filter(
          (key) => fields[key] !== truth[key],
        );
        const doubted = new Set(reading.doubtful.map((each) => each.field as string));
        if (off.length === 0) {
          tally.exact++;
          if (reading.doubtful.length > 0) tally.exactDoubtful++;
          verdict = reading.doubtful.length > 0 ? 'exact, doubtful' : 'exact, clean';
        } else if (off.every((key) => doubted.has(key))) {
          tally.wrongDoubtful++;
          verdict = `wrong, doubtful (${off.join(', ')})`;
        } else {
          tally.wrongClean++;
          verdict = `WRONG AND CLEAN (${off.join(', ')})`;
        }
      }
      // Each recogniser alone: tesseract on the first cut, the classifier on the band's cells.
      const located = await locateZone(image);
      const [first] = await prepareZoneImages(located);
      const seen = first ? findMrzLines(await ocr.recognise(first)) : null;
      const byTesseract =
        seen?.format === format &&
        correctMrzLines(format, [seen]).join('\n') === page.lines.join('\n');
      const classified = located.zone ? classifyZone(located.straight, located.zone, format) : null;
      const byClassifier =
        classified !== null &&
        correctMrzLines(format, [{ format, lines: asGlyphLines(classified, SETTLE_MARGIN) }]).join(
          '\n',
        ) === page.lines.join('\n');
      if (byTesseract && byClassifier) alone.both++;
      else if (byTesseract) alone.tesseract++;
      else if (byClassifier) alone.classifier++;
      else alone.neither++;
      // The classifier's lead over the twin's template at every twin-shaped character of the
      // fields of letters and digits, for the characters it read right and those it read wrong.
      const layout = MRZ_LAYOUTS[format];
      for (const span of [layout.documentNumber, layout.optional, layout.optional2]) {
        if (!span || !classified) continue;
        for (let col = span.start; col < span.end; col++) {
          const printed = page.lines[span.line]!.charAt(col);
          const glyph = classified[span.line]![col]!;
          if (!isTwinShaped(printed) && !isTwinShaped(glyph.char)) continue;
          (glyph.char === printed ? right : wrong).push(twinMargin(glyph, glyph.char));
        }
      }
      const number = reading.kind === 'read' ? reading.result.fields.documentNumber : '';
      const who = `${byTesseract ? 'T' : '-'}${byClassifier ? 'C' : '-'}`;
      console.log(
        `${page.name.padEnd(14)} ${degradation.padEnd(20)} ${who} ${number.padEnd(10)} ${verdict}`,
      );
    }
  }
} finally {
  await ocr.close();
}
times.sort((a, b) => a - b);
right.sort((a, b) => a - b);
wrong.sort((a, b) => b - a);
const total = PAGES.length * DEGRADATIONS.length;
const pct = (n: number) => `${((100 * n) / total).toFixed(1)} %`;
console.log(
  `\n${total} pictures: ${tally.exact} exact (${pct(tally.exact)}; ${tally.exactDoubtful} of them doubtful), ` +
    `${tally.wrongDoubtful} wrong but doubtful, ${tally.wrongClean} wrong and clean, ${tally.unread} unread` +
    `${noSettle ? ' (the classifier settling no twin)' : ''}`,
);
console.log(
  `read exactly alone (T tesseract, first cut; C classifier): both ${alone.both}, ` +
    `only tesseract ${alone.tesseract}, only the classifier ${alone.classifier}, neither ${alone.neither}`,
);
const q = (list: number[], at: number) => list[Math.floor(at * (list.length - 1))]?.toFixed(3);
console.log(
  `classifier twin margins: right ${right.length} (min ${q(right, 0)}, 5th pct ${q(right, 0.05)}, median ${q(right, 0.5)}); ` +
    `wrong ${wrong.length} (largest ${
      wrong
        .slice(0, 5)
        .map((m) => m.toFixed(3))
        .join(', ') || 'none'
    })`,
);
console.log(
  `median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms a picture (worker warm)`,
);
