import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/locales';
import { DEFAULT_STAY_LIMITS, shippedSourceKey, stayLimitFor } from '../../shared/rules';
import { SHIPPED_SOURCES } from '../../shared/rules/stay-limit-data';

// The trace of a stay limit shows each rule's source in the desk's language: every source
// Tirkeu ships has words in kk, ru and en, and an owner's own text is shown as typed.
describe('the stay-limit sources, in the desk’s language', () => {
  it('has every shipped source in kk, ru and en, and none left in English in kk or ru', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const words = resources[lang].rules.stayLimit.source as Record<string, string>;
      for (const key of Object.keys(SHIPPED_SOURCES))
        expect(words[key], `${lang}.${key}`).toBeTruthy();
    }
    for (const key of ['res148p6', 'cap', 'art518p2', 'visa'] as const) {
      expect(resources.ru.rules.stayLimit.source[key]).not.toBe(SHIPPED_SOURCES[key]);
      expect(resources.kk.rules.stayLimit.source[key]).not.toBe(SHIPPED_SOURCES[key]);
    }
  });

  it('knows the source of every shipped visa-free entry and of every trace step', () => {
    for (const entry of DEFAULT_STAY_LIMITS.visaFree) {
      expect(shippedSourceKey(entry.source), entry.citizenship).not.toBeNull();
    }
    const result = stayLimitFor({
      citizenship: 'RUS',
      checkInDate: '2026-04-01',
      entryDate: '2026-04-01',
      plannedCheckOut: '2026-06-20',
      documentExpiry: '2030-01-01',
      visaNumber: '',
      visaValidUntil: null,
      earlierStays: [{ from: '2026-01-10', to: '2026-03-20' }],
      today: '2026-04-01',
      settings: DEFAULT_STAY_LIMITS,
    });
    const sources = result.trace.flatMap((s) => (s.source ? [s.source] : []));
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) expect(shippedSourceKey(source), source).not.toBeNull();
  });

  it('leaves a source the owner typed as it is', () => {
    expect(shippedSourceKey('Приказ МВД № 1, п. 2')).toBeNull();
  });
});
