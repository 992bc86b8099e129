import { readFile } from 'node:fs/promises';
import { readMrz, type MrzResult } from '../../../shared/documents/mrz';
import type { MrzOcr } from '../mrz-image/ocr-engine';
import { MRZ_UNREADABLE_CODES } from '../../../shared/documents/mrz-types';
import type { MrzErrorCode, MrzIssue } from '../../../shared/documents/mrz-types';
import type { CommandResult } from './args';

export type { CommandResult } from './args';

const USAGE = "usage: mrz LINE1 LINE2 [LINE3] (quote each line: '<' is a shell operator)";

function explain(issue: MrzIssue<MrzErrorCode>, argv: string[]): string {
  switch (issue.code) {
    case 'mrz.empty':
      return `mrz: no MRZ lines given; ${USAGE}`;
    case 'mrz.line_length':
      return `mrz: lines of ${argv.map((line) => line.trim().length).join(', ')} characters do not make an MRZ; expected 2 x 44 (passport), 2 x 36 or 3 x 30`;
    case 'mrz.alphabet':
      return `mrz: line ${issue.line}, position ${issue.position}: only A-Z, 0-9 and < may appear in an MRZ`;
    case 'mrz.format_unsupported':
      return 'mrz: this zone is not in an ICAO 9303 format (old French identity card?)';
    default:
      return `mrz: cannot read the zone (${issue.code})`;
  }
}

/**
 * `mrz LINE1 LINE2 [LINE3]`: one JSON object on stdout. Exit 0 whenever the zone could be read,
 * even with a failed check digit (then `valid` is false and `errors` says where); exit 2 with one
 * line on stderr when it cannot be read at all.
 */
export function runMrzCommand(argv: string[], opts: { today?: string } = {}): CommandResult {
  const result = readMrz(argv, opts.today === undefined ? {} : { today: opts.today });
  const unreadable = result.errors.find((issue) => MRZ_UNREADABLE_CODES.has(issue.code));
  if (result.format === null) {
    const issue = unreadable ?? { field: 'lines', code: 'mrz.line_length' };
    return { exitCode: 2, stdout: '', stderr: `${explain(issue, argv)}\n` };
  }
  return {
    exitCode: 0,
    stdout: `${JSON.stringify(describe({ ...result, format: result.format }))}\n`,
    stderr: '',
  };
}

function describe(result: MrzResult & { format: string }) {
  const { fields } = result;
  return {
    valid: result.valid,
    format: result.format,
    fields: {
      surname: fields.surname,
      givenNames: fields.givenNames,
      nationality: fields.nationality,
      issuingState: fields.issuingState,
      birthDate: fields.birthDate,
      sex: fields.sex,
      documentNumber: fields.documentNumber,
      expiryDate: fields.expiryDate,
    },
    errors: result.errors.map(({ field, code }) => ({ field, code })),
  };
}

/**
 * `mrz --image FILE`: the same JSON object as from lines, plus the `lines` read from the
 * picture and how far the reading can be trusted. `valid` keeps its meaning (every check digit
 * and field holds); `status` is `clean` only when, besides, no field is doubtful: `check` when
 * a field of letters and digits could read otherwise with the check digits still holding, each
 * listed in `doubtful` (field, 1-based positions, other readings). `confirmed` is true only for
 * a clean read: a doubtful one stays unconfirmed until a person compares it with the page. Exit 2 with one line on stderr when the file cannot be read, is no picture, or holds
 * no zone. The picture is read into memory only.
 */
export async function runMrzImageCommand(
  file: string | undefined,
  ocr: MrzOcr,
  opts: { today?: string } = {},
): Promise<CommandResult> {
  const fail = (message: string) => ({ exitCode: 2, stdout: '', stderr: `mrz: ${message}\n` });
  if (file === undefined) return fail('usage: mrz --image FILE');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  // Loaded here only: reading lines needs no image library.
  const { readMrzImage } = await import('../mrz-image/read-mrz-image');
  const reading = await readMrzImage(
    ocr,
    bytes,
    opts.today === undefined ? {} : { today: opts.today },
  );
  if (reading.kind === 'not_an_image') return fail(`${file} is not a picture (JPEG, PNG, WebP…)`);
  // Only a camera frame is refused for motion; the command reads files as photos.
  if (reading.kind === 'blurred') return fail(`${file} is smeared by motion`);
  if (reading.kind === 'no_zone' || reading.result.format === null) {
    return fail(`no machine-readable zone found in ${file}`);
  }
  const { result, doubtful } = reading;
  const status = !result.valid ? 'invalid' : doubtful.length > 0 ? 'check' : 'clean';
  const output = {
    ...describe({ ...result, format: reading.result.format }),
    lines: reading.lines,
    status,
    confirmed: status === 'clean',
    doubtful,
  };
  return { exitCode: 0, stdout: `${JSON.stringify(output)}\n`, stderr: '' };
}
