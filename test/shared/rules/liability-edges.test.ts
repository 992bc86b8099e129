import { describe, expect, it } from 'vitest';
import { article48Warning, fineFor } from '../../../shared/rules/liability';

describe('liability at its edges', () => {
  it('gives a fine but no tenge amount before the known MCIs, never a warning only', () => {
    expect(fineFor({ part: 1, size: 'small', year: 2023 })).toEqual({
      mci: 10,
      tenge: null,
      warningOnly: false,
      mciYearUsed: null,
      estimated: true,
    });
  });

  it('counts a penalty imposed today', () => {
    expect(article48Warning(['2025-06-01', '2026-03-26'], '2026-03-26')).toBe(true);
  });

  it('names the field of a date that is not a date', () => {
    expect(() => article48Warning([], '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'date.invalid', field: 'today' }),
    );
    expect(() => article48Warning(['2026-13-01'], '2026-03-26')).toThrow(
      expect.objectContaining({ code: 'date.invalid', field: 'penaltyDates' }),
    );
  });
});
