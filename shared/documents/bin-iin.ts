// The check digit of a Kazakh BIN or IIN (business or individual identification number, 12
// digits), as the national registers of identification numbers publish it: the first eleven
// digits weighted 1..11, the sum modulo 11; when that is 10, weighted again 3..11, 1, 2; when
// that is 10 too, the number is never issued. Not in domain.md: it is arithmetic, not law.
const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const weighted = (digits: number[], weights: readonly number[]) =>
  weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;

/** The twelfth digit the first eleven call for, or null when no twelfth digit can be right. */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weighted(digits, FIRST);
  if (first !== 10) return first;
  const second = weighted(digits, SECOND);
  return second === 10 ? null : second;
}

/** Whether `value` is twelve digits whose last is the check digit of the first eleven. */
export function isValidBinIin(value: string): boolean {
  return /^\d{12}$/.test(value) && binCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
