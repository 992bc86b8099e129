import { RulesError } from './errors';

/** Citizens of Kazakhstan: no notice at all (domain.md §1). */
export const KAZAKHSTAN = 'KAZ';

/**
 * ICAO 9303 codes that are not countries but still foreigners for the Entry Rules (domain.md §1,
 * §9): XXA stateless, XXB and XXC refugees, XXX unspecified. Always accepted, whatever a country
 * list says, because a stateless guest is exactly who must not be turned away by a lookup.
 */
export const SPECIAL_NATIONALITY_CODES: readonly string[] = ['XXA', 'XXB', 'XXC', 'XXX'];

export type CitizenshipPredicate = (code: string) => boolean;

/**
 * Germany is the one state whose MRZ code is not its ISO alpha-3 code: `D` padded with fillers
 * (ICAO 9303 Part 3). Everything else is trimmed of fillers and returned as it is.
 */
export function normalizeCitizenship(code: string): string {
  const trimmed = code.trim().replace(/<+$/, '');
  return trimmed === 'D' ? 'DEU' : trimmed;
}

/**
 * Three capital letters A-Z, then the caller's list when it has one. Throws
 * `citizenship.unknown` on field `citizenship`.
 */
export function checkCitizenship(code: string, isKnown?: CitizenshipPredicate): string {
  const c = normalizeCitizenship(code);
  const fail = (): RulesError =>
    new RulesError('citizenship.unknown', { field: 'citizenship', params: { value: code } });
  if (!/^[A-Z]{3}$/.test(c)) throw fail();
  if (SPECIAL_NATIONALITY_CODES.includes(c) || c === KAZAKHSTAN) return c;
  if (isKnown && !isKnown(c)) throw fail();
  return c;
}
