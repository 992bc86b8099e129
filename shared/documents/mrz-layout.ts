import { isCheckDigitValid } from './check-digit';
import type { MrzField, MrzFormat } from './mrz-types';

interface Span {
  line: number;
  start: number;
  end: number;
}

interface Layout {
  lineCount: number;
  lineLength: number;
  documentCode: Span;
  issuingState: Span;
  name: Span;
  documentNumber: Span;
  documentNumberCheck: Span;
  nationality: Span;
  birthDate: Span;
  birthDateCheck: Span;
  sex: Span;
  expiryDate: Span;
  expiryDateCheck: Span;
  optional: Span;
  /** TD3's personal number has its own check digit; TD1 and TD2 optional data do not. */
  optionalCheck: Span | null;
  optional2: Span | null;
  composite: Span[];
  compositeCheck: Span;
}

const s = (line: number, start: number, end: number): Span => ({ line, start, end });

// ICAO 9303 parts 4 (TD3), 5 (TD1) and 6 (TD2), 0-based, end exclusive.
export const MRZ_LAYOUTS: Record<MrzFormat, Layout> = {
  TD1: {
    lineCount: 3,
    lineLength: 30,
    documentCode: s(0, 0, 2),
    issuingState: s(0, 2, 5),
    documentNumber: s(0, 5, 14),
    documentNumberCheck: s(0, 14, 15),
    optional: s(0, 15, 30),
    birthDate: s(1, 0, 6),
    birthDateCheck: s(1, 6, 7),
    sex: s(1, 7, 8),
    expiryDate: s(1, 8, 14),
    expiryDateCheck: s(1, 14, 15),
    nationality: s(1, 15, 18),
    optional2: s(1, 18, 29),
    optionalCheck: null,
    composite: [s(0, 5, 30), s(1, 0, 7), s(1, 8, 15), s(1, 18, 29)],
    compositeCheck: s(1, 29, 30),
    name: s(2, 0, 30),
  },
  TD2: {
    lineCount: 2,
    lineLength: 36,
    documentCode: s(0, 0, 2),
    issuingState: s(0, 2, 5),
    name: s(0, 5, 36),
    documentNumber: s(1, 0, 9),
    documentNumberCheck: s(1, 9, 10),
    nationality: s(1, 10, 13),
    birthDate: s(1, 13, 19),
    birthDateCheck: s(1, 19, 20),
    sex: s(1, 20, 21),
    expiryDate: s(1, 21, 27),
    expiryDateCheck: s(1, 27, 28),
    optional: s(1, 28, 35),
    optionalCheck: null,
    optional2: null,
    composite: [s(1, 0, 10), s(1, 13, 20), s(1, 21, 35)],
    compositeCheck: s(1, 35, 36),
  },
  TD3: {
    lineCount: 2,
    lineLength: 44,
    documentCode: s(0, 0, 2),
    issuingState: s(0, 2, 5),
    name: s(0, 5, 44),
    documentNumber: s(1, 0, 9),
    documentNumberCheck: s(1, 9, 10),
    nationality: s(1, 10, 13),
    birthDate: s(1, 13, 19),
    birthDateCheck: s(1, 19, 20),
    sex: s(1, 20, 21),
    expiryDate: s(1, 21, 27),
    expiryDateCheck: s(1, 27, 28),
    optional: s(1, 28, 42),
    optionalCheck: s(1, 42, 43),
    optional2: null,
    composite: [s(1, 0, 10), s(1, 13, 20), s(1, 21, 43)],
    compositeCheck: s(1, 43, 44),
  },
};

export function formatForLines(lines: readonly string[]): MrzFormat | null {
  for (const format of ['TD1', 'TD2', 'TD3'] as const) {
    const { lineCount, lineLength } = MRZ_LAYOUTS[format];
    if (lines.length === lineCount && lines.every((line) => line.length === lineLength)) {
      return format;
    }
  }
  return null;
}

export function slice(lines: readonly string[], span: Span): string {
  return (lines[span.line] ?? '').slice(span.start, span.end);
}

/** Fillers out: trailing ones dropped, inner ones (rare outside names) become spaces. */
export function stripFillers(text: string): string {
  return text.replace(/<+$/, '').replace(/</g, ' ').trim();
}

export interface DocumentNumberReading {
  documentNumber: string;
  /** The optional data left once a long document number's overflow is taken out. */
  optionalData: string;
  checkDigitValid: boolean;
}

/**
 * TD1 and TD2 allow document numbers longer than 9 characters (ICAO 9303 parts 5 and 6, note j):
 * the check-digit slot holds `<`, the rest of the number continues in the optional data and is
 * followed by its check digit. ICAO's worked example does not settle whether the `<` counts in
 * the sum, so both readings are accepted (as the mrz package does).
 */
export function readDocumentNumber(
  format: MrzFormat,
  lines: readonly string[],
): DocumentNumberReading {
  const layout = MRZ_LAYOUTS[format];
  const head = slice(lines, layout.documentNumber);
  const digit = slice(lines, layout.documentNumberCheck);
  const optional = slice(lines, layout.optional);
  if (format !== 'TD3' && digit === '<') {
    const overflow = optional.split('<')[0] ?? '';
    const tail = overflow.slice(0, -1);
    const tailDigit = overflow.slice(-1);
    const valid =
      overflow.length > 0 &&
      (isCheckDigitValid(`${head}<${tail}`, tailDigit) ||
        isCheckDigitValid(head + tail, tailDigit));
    return {
      documentNumber: stripFillers(head + tail),
      optionalData: stripFillers(optional.slice(overflow.length)),
      checkDigitValid: valid,
    };
  }
  return {
    documentNumber: stripFillers(head),
    optionalData: stripFillers(optional),
    checkDigitValid: isCheckDigitValid(head, digit),
  };
}

/** Our own reading of every check digit: the fields whose digit does not match. */
export function failedCheckDigits(format: MrzFormat, lines: readonly string[]): MrzField[] {
  const layout = MRZ_LAYOUTS[format];
  const failed: MrzField[] = [];
  if (!readDocumentNumber(format, lines).checkDigitValid) failed.push('documentNumber');
  if (!isCheckDigitValid(slice(lines, layout.birthDate), slice(lines, layout.birthDateCheck))) {
    failed.push('birthDate');
  }
  if (!isCheckDigitValid(slice(lines, layout.expiryDate), slice(lines, layout.expiryDateCheck))) {
    failed.push('expiryDate');
  }
  if (layout.optionalCheck) {
    const optional = slice(lines, layout.optional);
    const digit = slice(lines, layout.optionalCheck);
    // An empty personal number may carry `<` or 0 as its check digit (ICAO 9303 part 4).
    const empty = /^<*$/.test(optional) && (digit === '<' || digit === '0');
    if (!empty && !isCheckDigitValid(optional, digit)) failed.push('optionalData');
  }
  const compositeData = layout.composite.map((span) => slice(lines, span)).join('');
  if (!isCheckDigitValid(compositeData, slice(lines, layout.compositeCheck))) {
    failed.push('composite');
  }
  return failed;
}
