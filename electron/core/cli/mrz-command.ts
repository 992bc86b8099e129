import { readMrz } from '../../../shared/documents/mrz';
import { MRZ_UNREADABLE_CODES } from '../../../shared/documents/mrz-types';
import type { MrzErrorCode, MrzIssue } from '../../../shared/documents/mrz-types';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

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
  const { fields } = result;
  const output = {
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
  return { exitCode: 0, stdout: `${JSON.stringify(output)}\n`, stderr: '' };
}
