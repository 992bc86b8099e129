// ICAO 9303 part 3 §4.9 (domain.md §9): digits count as themselves, A–Z as 10–35, the filler
// `<` as 0; weights 7, 3, 1 repeating; the check digit is the sum modulo 10.
const WEIGHTS = [7, 3, 1] as const;

/** The value a character carries in a check-digit sum, or null outside the MRZ alphabet. */
export function mrzCharValue(char: string): number | null {
  if (char === '<') return 0;
  const code = char.charCodeAt(0);
  if (char.length === 1 && code >= 48 && code <= 57) return code - 48;
  if (char.length === 1 && code >= 65 && code <= 90) return code - 55;
  return null;
}

/** The check digit of `data`, or null if `data` holds a character outside A–Z 0–9 <. */
export function computeCheckDigit(data: string): number | null {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const value = mrzCharValue(data.charAt(i));
    if (value === null) return null;
    sum += value * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}

/** Whether `digit` (one character read from the MRZ) is the check digit of `data`. */
export function isCheckDigitValid(data: string, digit: string): boolean {
  if (!/^[0-9]$/.test(digit)) return false;
  return computeCheckDigit(data) === Number(digit);
}
