import { describe, expect, it } from 'vitest';
import {
  allYearSpecs,
  RULE_SETS,
  RULES_DATA_VERSION,
  rulesDataFingerprint,
} from '../../../shared/rules';

// The fingerprint of each edition of the calendar and rule data. Changing the tables without a
// new RULES_DATA_VERSION fails here: saved notices would never be recomputed. Add a line, never
// edit one.
const EDITIONS: Record<number, string> = {
  1: '16a1dc0353c385',
};

describe('the rules data version', () => {
  it('names the edition of the calendar tables and rule sets that ship', () => {
    expect(EDITIONS[RULES_DATA_VERSION]).toBe(rulesDataFingerprint());
  });

  it('changes its fingerprint when one day of one year changes', () => {
    const years = allYearSpecs().map((y) => (y.year === 2024 ? { ...y, transfers: [] } : y));
    expect(rulesDataFingerprint(years)).not.toBe(rulesDataFingerprint());
  });

  it('changes its fingerprint when a rule set changes', () => {
    const ruleSets = RULE_SETS.map((r, i) => (i === 0 ? { ...r, effectiveFrom: '2012-01-02' } : r));
    expect(rulesDataFingerprint(undefined, ruleSets)).not.toBe(rulesDataFingerprint());
  });
});
