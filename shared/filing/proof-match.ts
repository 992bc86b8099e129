/**
 * Does a portal's notice PDF name this guest? Its text (extracted by the core) must carry the
 * guest's document number or surname. The PDF's layout is not public, so only what a notice
 * surely contains is looked for, spacing and case ignored.
 */
export interface ProofExpectation {
  surname: string;
  givenNames: string;
  documentNumber: string | null;
}

export interface ProofMatch {
  matched: boolean;
  by: 'document' | 'surname' | null;
  /** The PDF had no text at all (a scanned image): nothing could be checked. */
  noText: boolean;
}

const letters = (s: string): string =>
  s
    .normalize('NFKC')
    .toLocaleUpperCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function matchProof(text: string, expected: ProofExpectation): ProofMatch {
  const words = letters(text);
  if (words === '') return { matched: false, by: null, noText: true };
  const compact = words.replace(/ /g, '');
  const number = (expected.documentNumber ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (number.length >= 5 && compact.includes(number)) {
    return { matched: true, by: 'document', noText: false };
  }
  const surname = letters(expected.surname);
  // Whole words only: TAYLOR must not be found inside TAYLORSON.
  if (surname !== '' && ` ${words} `.includes(` ${surname} `)) {
    return { matched: true, by: 'surname', noText: false };
  }
  return { matched: false, by: null, noText: false };
}

/** How a guest is named in the mismatch warning: `TAYLOR EMMA (P1234567)`. */
export function expectedLabel(expected: ProofExpectation): string {
  const name = letters(`${expected.surname} ${expected.givenNames}`);
  return expected.documentNumber ? `${name} (${expected.documentNumber})` : name;
}

/** Candidate document numbers in a PDF's text: Latin letters and digits, with a digit. */
export function documentNumbersIn(text: string): string[] {
  const found = letters(text).match(/\b(?=[A-Z]*\d)[A-Z0-9]{5,20}\b/g) ?? [];
  return [...new Set(found)];
}

/** Consecutive pairs of Latin words, as a name would be printed (`SMITH JOHN`). */
export function latinNamePairs(text: string): Array<[string, string]> {
  const words = letters(text)
    .split(' ')
    .filter((w) => /^[A-Z][A-Z'-]+$/.test(w));
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < words.length; i += 1) pairs.push([words[i]!, words[i + 1]!]);
  return pairs;
}
