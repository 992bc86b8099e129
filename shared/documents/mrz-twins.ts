import { isCheckDigitValid } from './check-digit';

// Shapes OCR-B keeps so close that a recogniser (ours, tesseract's legacy engine) mixes them up
// with high confidence: in a field that may hold letters and digits alike, only a check digit
// can tell them apart, and a check digit cannot always. The sets 0/O/Q/D, 1/I, 2/Z, 5/S, 6/G,
// 8/B, and S read as 8 or 3 (issue 24's Dutch BS0Z82G51 read BSOZS2GSI, Turkish U08B51S20
// read UO8BS132O). 6 and G weigh the same modulo 10 (6, 16), and so do 8 and S (8, 28): no
// check digit ever tells those apart.
const TWIN_SETS: readonly string[] = ['0ODQ', '1I', '2Z', '5S', '6G', '8B', '8S', '3S'];

/** The characters `char` may really be, itself first; just itself when it has no twin. */
export function twinsOf(char: string): string[] {
  const twins = new Set([char]);
  for (const set of TWIN_SETS) if (set.includes(char)) for (const each of set) twins.add(each);
  return [...twins];
}

export const isTwinShaped = (char: string): boolean => twinsOf(char).length > 1;

// Past this many combinations a field is not worth enumerating: it is doubtful as a whole.
export const MAX_COMBINATIONS = 200_000;

/**
 * Every reading built from `options` (per position, the characters it may be) that `accept`
 * takes, in the order the options are given (the first option of each position first). Null
 * when there are more than MAX_COMBINATIONS to try.
 */
export function enumerateReadings(
  options: readonly (readonly string[])[],
  accept: (reading: string) => boolean,
): string[] | null {
  const combinations = options.reduce((product, each) => product * Math.max(1, each.length), 1);
  if (combinations > MAX_COMBINATIONS) return null;
  const found: string[] = [];
  const chars: string[] = [];
  const visit = (position: number) => {
    if (position === options.length) {
      const reading = chars.join('');
      if (accept(reading)) found.push(reading);
      return;
    }
    for (const char of options[position]!) {
      chars[position] = char;
      visit(position + 1);
    }
  };
  visit(0);
  return found;
}

/**
 * The readings of a field of letters and digits, as printed `text`, that its check digit also
 * allows: every twin-shaped character may be any of its twins. `text` itself comes first when
 * its check digit holds. More than one reading means the check digit cannot settle the field.
 */
export function twinReadings(text: string, checkDigit: string): string[] {
  const found = enumerateReadings(
    [...text].map((char) => twinsOf(char)),
    (reading) => isCheckDigitValid(reading, checkDigit),
  );
  return found ?? [];
}
