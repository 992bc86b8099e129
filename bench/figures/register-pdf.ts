// The register as a PDF (issue 20: 4.4 s for 149 rows; the aim is a 1,000-row PDF in under 1 s).
// The rows are the tests' sample register (long names, hyphenated references, every document
// type and purpose), so the figure measures the layout and the writing, not a query.
import { exportToBuffer } from '../../electron/core/exports/register-export';
import { sampleRegister } from '../../test/helpers/register-sample';
import { paired, record } from '../lib/measure';

export async function registerPdfFigures(runs: number) {
  const doc = sampleRegister(1000, 'ru');
  // The first PDF of a run also loads pdfkit and opens the fonts: timed apart, as the cold start.
  const t0 = process.hrtime.bigint();
  await exportToBuffer(doc, 'pdf');
  record(
    'a 1,000-row register PDF, first of the run (pdfkit loaded)',
    Number(process.hrtime.bigint() - t0) / 1e6,
    'ms',
  );
  await paired('a 1,000-row register PDF', runs, () => exportToBuffer(doc, 'pdf'), null);
}
