import { allYearSpecs } from './calendar-years';
import type { YearSpec } from './calendar-types';
import { RULE_SETS, type RuleSet } from './rule-sets';

/**
 * The edition of the data deadlines are computed from: the calendar tables (shipped, historical
 * and generated years), the rule sets, and the way obligations.ts reads them. Each stored notice
 * records the edition it was computed with; at start the core recomputes every open notice of an
 * older edition (services/rules-update.ts). Precedent: the Ministry's 2024 transfer, published on
 * 17 April, moved the deadline of 2 May arrivals from 6 to 4 May; an update shipping such a
 * change must reach the notices already saved.
 *
 * Bump it with any change to those tables or that reading. test/shared/rules/data-version.test.ts
 * pins the fingerprint of each edition, so changed tables under an unchanged number fail a test.
 *
 * 1: the tables of domain.md §3 (2024–2027), historical 2012–2023, generated 2028–2040; the
 *    guest's registration date of domain.md §4 (the earlier of entry + 30 days and 5 working
 *    days), owed once per stay.
 */
export const RULES_DATA_VERSION = 1;

/** 53-bit string hash (cyrb53): stable across runtimes, no Node crypto in shared code. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A fingerprint of every calendar table and rule set deadlines are computed from. */
export function rulesDataFingerprint(
  years: readonly YearSpec[] = allYearSpecs(),
  ruleSets: readonly RuleSet[] = RULE_SETS,
): string {
  return hash53(JSON.stringify({ years, ruleSets }));
}
