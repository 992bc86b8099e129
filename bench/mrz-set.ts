// `npx tsx bench/mrz-set.ts`: the generated passport pages (the twin-heavy numbers of issue 24,
// the ICAO specimens in TD3, TD2 and TD1, a number without twins), each in six degradations,
// read as `mrz --image` reads them. Counts the reads that are exact, doubtful (a field marked
// for the desk to check), wrong and clean (the kind that must not happen) and unread (no zone
// whose check digits hold: the desk types). Never used in tests; twin-set.test.ts holds the rule.
import { createMrzOcr } from '../electron/core/mrz-image/ocr-engine';
import { readMrzImage } from '../electron/core/mrz-image/read-mrz-image';
import { readMrz } from '../shared/documents/mrz';
import { assertOcrBFont, renderZone, type Degradation } from '../test/core/mrz-image/render-zone';
import { TWIN_PAGES } from '../test/core/mrz-image/twin-pages';
import { td1, td2, td3 } from '../test/shared/documents/mrz-builders';

const TODAY = { today: '2026-03-01' };
const DEGRADATIONS: Degradation[] = [
  'clean',
  'rotated',
  'blurred',
  'low-resolution',
  'uneven-light',
  'jpeg',
];
const PAGES: Array<{ name: string; lines: string[] }> = [
  ...TWIN_PAGES,
  { name: 'TD3 specimen', lines: td3() },
  { name: 'TD2 specimen', lines: td2() },
  { name: 'TD1 specimen', lines: td1() },
  { name: 'Twin-free', lines: td3({ number: '47479X7T4', name: 'OSBORNE<<IZZIE', optional: '' }) },
];

assertOcrBFont();
const ocr = createMrzOcr();
const tally = {
  exact: 0,
  exactDoubtful: 0,
  wrongDoubtful: 0,
  truthOffered: 0,
  wrongClean: 0,
  unread: 0,
};
const times: number[] = [];
try {
  for (const page of PAGES) {
    const truth = readMrz(page.lines, TODAY).fields.documentNumber;
    for (const degradation of DEGRADATIONS) {
      const image = await renderZone(page.lines, degradation);
      const t0 = process.hrtime.bigint();
      const reading = await readMrzImage(ocr, image, TODAY);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      let verdict: string;
      if (reading.kind !== 'read' || !reading.result.valid) {
        verdict = 'unread';
        tally.unread++;
      } else {
        const exact = reading.lines.join('\n') === page.lines.join('\n');
        const doubt = reading.doubtful.find((each) => each.field === 'documentNumber');
        if (exact) {
          tally.exact++;
          if (reading.doubtful.length > 0) tally.exactDoubtful++;
          verdict = reading.doubtful.length > 0 ? 'exact, doubtful' : 'exact, clean';
        } else if (reading.doubtful.length > 0) {
          tally.wrongDoubtful++;
          const offered = doubt?.alternatives.includes(truth) ?? false;
          if (offered) tally.truthOffered++;
          verdict = `wrong, doubtful (truth ${offered ? '' : 'not '}offered)`;
        } else {
          tally.wrongClean++;
          verdict = 'WRONG AND CLEAN';
        }
      }
      const number = reading.kind === 'read' ? reading.result.fields.documentNumber : '';
      console.log(
        `${page.name.padEnd(14)} ${degradation.padEnd(15)} ${number.padEnd(10)} ${verdict}`,
      );
    }
  }
} finally {
  await ocr.close();
}
times.sort((a, b) => a - b);
const total = PAGES.length * DEGRADATIONS.length;
console.log(
  `\n${total} pictures: ${tally.exact} exact (${tally.exactDoubtful} of them doubtful), ` +
    `${tally.wrongDoubtful} wrong but doubtful (the truth offered in ${tally.truthOffered}), ` +
    `${tally.wrongClean} wrong and clean, ${tally.unread} unread; ` +
    `median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms a picture (worker warm after the first)`,
);
