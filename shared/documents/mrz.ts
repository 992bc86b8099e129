import { parse } from 'mrz';
import { mrzCodeToIso } from './countries';
import { kzDateOf } from '../rules/kz-time';
import { checkBirthDate, readBirthDate, readExpiryDate } from './mrz-dates';
import type { IsoDate, YymmddReading } from './mrz-dates';
import {
  MRZ_LAYOUTS,
  failedCheckDigits,
  readDocumentNumber,
  slice,
  stripFillers,
} from './mrz-layout';
import { normaliseMrz } from './mrz-normalise';
import type {
  MrzErrorCode,
  MrzField,
  MrzFields,
  MrzFormat,
  MrzIssue,
  MrzResult,
  MrzSex,
  MrzWarningCode,
} from './mrz-types';

export type { IsoDate } from './mrz-dates';
export type * from './mrz-types';
export { MRZ_ERROR_CODES, MRZ_UNREADABLE_CODES, MRZ_WARNING_CODES } from './mrz-types';

const EMPTY_FIELDS: MrzFields = {
  surname: '',
  givenNames: '',
  nationality: '',
  citizenship: null,
  issuingState: '',
  birthDate: null,
  sex: null,
  documentNumber: '',
  documentCode: '',
  expiryDate: null,
  optionalData: '',
};

// The mrz package names check digits after the field they protect; ours are named after it.
const PACKAGE_CHECK_FIELDS: Readonly<Record<string, MrzField>> = {
  documentNumberCheckDigit: 'documentNumber',
  birthDateCheckDigit: 'birthDate',
  expirationDateCheckDigit: 'expiryDate',
  personalNumberCheckDigit: 'optionalData',
  compositeCheckDigit: 'composite',
};

// The package's opinion on the check digits, as a second reading next to ours (mrz-layout.ts).
// Its verdicts on other fields are not used: it rejects the specimen state UTO, sex X and
// cannot tell 31 February from a real date.
function packageCheckFailures(format: MrzFormat, lines: string[]): MrzField[] {
  try {
    const result = parse(lines);
    if (result.format !== format) return [];
    return result.details
      .filter((detail) => !detail.valid && detail.field !== null)
      .map((detail) => PACKAGE_CHECK_FIELDS[detail.field ?? ''])
      .filter((field) => field !== undefined);
  } catch {
    return [];
  }
}

function readName(raw: string): { surname: string; givenNames: string } {
  const separator = raw.indexOf('<<');
  const words = (part: string) => part.replace(/</g, ' ').replace(/\s+/g, ' ').trim();
  if (separator === -1) return { surname: words(raw), givenNames: '' };
  return { surname: words(raw.slice(0, separator)), givenNames: words(raw.slice(separator + 2)) };
}

function readSex(raw: string): MrzSex | null {
  if (raw === 'M' || raw === 'F') return raw;
  // `<` is ICAO's "unspecified"; several states print X for it.
  if (raw === 'X' || raw === '<') return 'X';
  return null;
}

function isDocumentCodeValid(format: MrzFormat, raw: string): boolean {
  // ICAO 9303: passports start with P; cards with I, A or C, never followed by V (visas).
  if (format === 'TD3') return /^P[A-Z<]$/.test(raw);
  return /^[IAC][A-Z<]$/.test(raw) && raw.charAt(1) !== 'V';
}

/**
 * Reads a machine-readable zone as a reader typed it or a person pasted it. A failed check
 * digit makes `valid` false but every field is still returned as read, for the receptionist to
 * compare with the printed page.
 */
export function readMrz(
  input: string | readonly string[],
  opts: { today?: IsoDate } = {},
): MrzResult {
  // Today in Kazakhstan (UTC+5), like every other date the desk sees.
  const today = opts.today ?? kzDateOf(new Date());
  const normalised = normaliseMrz(input);
  const warnings: Array<MrzIssue<MrzWarningCode>> = [];
  if (normalised.layoutConverted) warnings.push({ field: 'lines', code: 'mrz.keyboard_layout' });
  if (!normalised.ok) {
    return {
      valid: false,
      format: null,
      fields: { ...EMPTY_FIELDS },
      errors: normalised.errors,
      warnings,
    };
  }

  const { format, lines } = normalised;
  const layout = MRZ_LAYOUTS[format];
  const errors: Array<MrzIssue<MrzErrorCode>> = [];
  const error = (field: MrzField, code: MrzErrorCode) => errors.push({ field, code });
  const warn = (field: MrzField, code: MrzWarningCode) => warnings.push({ field, code });

  const documentCodeRaw = slice(lines, layout.documentCode);
  if (!isDocumentCodeValid(format, documentCodeRaw)) error('documentCode', 'mrz.document_code');

  const issuingState = stripFillers(slice(lines, layout.issuingState));
  const nationality = stripFillers(slice(lines, layout.nationality));
  const citizenship = mrzCodeToIso(nationality);
  if (!mrzCodeToIso(issuingState)) error('issuingState', 'mrz.country_unknown');
  if (!citizenship) error('nationality', 'mrz.country_unknown');
  if (issuingState === 'UTO' || nationality === 'UTO') warn('issuingState', 'document.specimen');

  const nameRaw = slice(lines, layout.name);
  const { surname, givenNames } = readName(nameRaw);
  if (/[0-9]/.test(surname)) error('surname', 'mrz.name_invalid');
  if (/[0-9]/.test(givenNames)) error('givenNames', 'mrz.name_invalid');
  // ICAO truncates a long name to fit and leaves no filler at the end.
  if (!nameRaw.endsWith('<')) warn('givenNames', 'mrz.name_truncated');

  const document = readDocumentNumber(format, lines);

  const sexRaw = slice(lines, layout.sex);
  const sex = readSex(sexRaw);
  if (sex === null) error('sex', 'mrz.sex_invalid');

  const dateOf = (field: 'birthDate' | 'expiryDate', reading: YymmddReading): IsoDate | null => {
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'incomplete') warn(field, 'mrz.date_incomplete');
    else error(field, 'mrz.date_invalid');
    return null;
  };
  const birthDate = dateOf('birthDate', readBirthDate(slice(lines, layout.birthDate), today));
  const expiryDate = dateOf('expiryDate', readExpiryDate(slice(lines, layout.expiryDate), today));
  const birthIssue = birthDate === null ? null : checkBirthDate(birthDate, today);
  if (birthIssue) error('birthDate', birthIssue);
  if (expiryDate !== null && expiryDate < today) warn('expiryDate', 'document.expired');

  const failed = new Set([
    ...failedCheckDigits(format, lines),
    ...packageCheckFailures(format, lines),
  ]);
  for (const field of failed) error(field, 'mrz.check_digit');

  const fields: MrzFields = {
    surname,
    givenNames,
    nationality,
    citizenship: citizenship?.code ?? null,
    issuingState,
    birthDate,
    sex,
    documentNumber: document.documentNumber,
    documentCode: documentCodeRaw.replace(/</g, ''),
    expiryDate,
    optionalData: document.optionalData,
  };
  if (layout.optional2) fields.optionalData2 = stripFillers(slice(lines, layout.optional2));

  return { valid: errors.length === 0, format, fields, errors, warnings };
}
