import type { IsoDate } from './mrz-dates';

export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

/** The field an issue concerns; `lines` is the zone as a whole, `composite` its last digit. */
export type MrzField =
  | 'lines'
  | 'documentCode'
  | 'issuingState'
  | 'surname'
  | 'givenNames'
  | 'documentNumber'
  | 'nationality'
  | 'birthDate'
  | 'sex'
  | 'expiryDate'
  | 'optionalData'
  | 'composite';

// Stable codes, translated by shared/locales/*/documents.ts under `error`.
export const MRZ_ERROR_CODES = [
  'mrz.empty',
  'mrz.line_length',
  'mrz.alphabet',
  'mrz.format_unsupported',
  'mrz.document_code',
  'mrz.country_unknown',
  'mrz.check_digit',
  'mrz.date_invalid',
  'mrz.birth_in_future',
  'mrz.sex_invalid',
  'mrz.name_invalid',
] as const;
export type MrzErrorCode = (typeof MRZ_ERROR_CODES)[number];

// Warnings never make a reading invalid: the document is read right but needs a look.
export const MRZ_WARNING_CODES = [
  'document.expired',
  'document.specimen',
  'mrz.date_incomplete',
  'mrz.name_truncated',
  'mrz.keyboard_layout',
] as const;
export type MrzWarningCode = (typeof MRZ_WARNING_CODES)[number];

/** Errors that mean nothing could be read: the zone's shape itself is wrong. */
export const MRZ_UNREADABLE_CODES: ReadonlySet<MrzErrorCode> = new Set([
  'mrz.empty',
  'mrz.line_length',
  'mrz.alphabet',
  'mrz.format_unsupported',
]);

export interface MrzIssue<C extends string = MrzErrorCode | MrzWarningCode> {
  field: MrzField;
  code: C;
  /** 1-based line and position, for `mrz.alphabet`. */
  line?: number;
  position?: number;
}

export type MrzSex = 'M' | 'F' | 'X';

export interface MrzFields {
  surname: string;
  givenNames: string;
  /** As printed, fillers removed: `D` for Germany, `UTO` for the specimen. */
  nationality: string;
  /** ISO alpha-3 (or an ICAO special code) for the citizenship field: `D` → `DEU`. */
  citizenship: string | null;
  issuingState: string;
  birthDate: IsoDate | null;
  sex: MrzSex | null;
  documentNumber: string;
  /** `P`, `PD`, `I`, `ID` ...: the two characters without fillers. */
  documentCode: string;
  expiryDate: IsoDate | null;
  /** TD3 personal number, TD2 optional data, TD1 upper-line optional data. */
  optionalData: string;
  /** TD1 only: the middle line's optional data. */
  optionalData2?: string;
}

/** A field of letters and digits alike where the recogniser may have swapped twin shapes. */
export type MrzMixedField = 'documentNumber' | 'optionalData' | 'optionalData2';

/**
 * A field read from a picture that the check digits cannot settle: other readings, swapping
 * twin-shaped characters (0/O/Q/D, 1/I, 2/Z, 5/S, 6/G, 8/B), pass them too. Until the desk
 * compares it with the page, the reading is unconfirmed.
 */
export interface MrzDoubt {
  field: MrzMixedField;
  /** 1-based positions in the field's value whose character the readings disagree on. */
  positions: number[];
  /** Other values the field may have, likeliest first: the first few when there are many. */
  alternatives: string[];
  /** How many other values pass the check digits; null when too many to try. */
  alternativeCount: number | null;
}

export interface MrzResult {
  /** No errors: every check digit matches and every field makes sense. */
  valid: boolean;
  /** null when nothing could be read (see MRZ_UNREADABLE_CODES). */
  format: MrzFormat | null;
  fields: MrzFields;
  errors: Array<MrzIssue<MrzErrorCode>>;
  warnings: Array<MrzIssue<MrzWarningCode>>;
}
