import { describe, expect, it } from 'vitest';
import {
  art518PartFor,
  article48Warning,
  article48Window,
  fineFor,
} from '../../../shared/rules/liability';

describe('fineFor (Art. 518, domain.md §6)', () => {
  it('gives individuals a warning for a first late notice', () => {
    expect(fineFor({ part: 1, size: 'individual', year: 2026 })).toEqual({
      mci: null,
      tenge: null,
      warningOnly: true,
      mciYearUsed: null,
      estimated: false,
    });
  });

  it.each([
    [1, 'small', 2024, 10, 36920],
    [1, 'medium', 2025, 15, 58980],
    [1, 'large', 2026, 20, 86500],
    [2, 'individual', 2026, 25, 108125],
    [2, 'large', 2024, 75, 276900],
    [3, 'individual', 2025, 30, 117960],
    [3, 'medium', 2026, 70, 302750],
    [3, 'large', 2026, 100, 432500],
  ] as const)('part %i, %s, %i: %i MCI = %i ₸', (part, size, year, mci, tenge) => {
    expect(fineFor({ part, size, year })).toEqual({
      mci,
      tenge,
      warningOnly: false,
      mciYearUsed: year,
      estimated: false,
    });
  });

  it('uses the latest known MCI for 2027 and says it is an estimate', () => {
    expect(fineFor({ part: 1, size: 'small', year: 2027 })).toEqual({
      mci: 10,
      tenge: 43250,
      warningOnly: false,
      mciYearUsed: 2026,
      estimated: true,
    });
  });

  it('gives no amount in tenge for a year before the known MCIs', () => {
    expect(fineFor({ part: 1, size: 'small', year: 2023 })).toMatchObject({
      mci: 10,
      tenge: null,
      estimated: true,
    });
  });
});

describe('article48Warning (Migration Law Art. 48)', () => {
  it('warns for two penalties within the 12 months ending today', () => {
    expect(article48Warning(['2025-06-01', '2026-02-10'], '2026-03-26')).toBe(true);
  });

  it('does not warn for a single penalty', () => {
    expect(article48Warning(['2026-02-10'], '2026-03-26')).toBe(false);
  });

  it('does not warn when the earlier penalty is more than 12 months old', () => {
    expect(article48Warning(['2025-03-25', '2026-02-10'], '2026-03-26')).toBe(false);
  });

  it('counts a penalty on the same date a year earlier', () => {
    expect(article48Warning(['2025-03-26', '2026-02-10'], '2026-03-26')).toBe(true);
  });

  it('ignores penalties dated after today', () => {
    expect(article48Warning(['2026-02-10', '2026-04-01'], '2026-03-26')).toBe(false);
  });

  it('clamps the window start for 29 February', () => {
    expect(article48Window('2028-02-29')).toEqual({ from: '2027-02-28', to: '2028-02-29' });
  });
});

describe('art518PartFor (part 1 or the repeat of part 3)', () => {
  it('is part 1 for a first late notice and when the other is more than a year before', () => {
    expect(art518PartFor('2026-05-10', [])).toBe(1);
    expect(art518PartFor('2026-05-10', ['2025-05-09'])).toBe(1);
  });

  it('is part 3 when another late notice fell within the year before, the boundary day counted', () => {
    expect(art518PartFor('2026-05-10', ['2025-05-10'])).toBe(3);
    expect(art518PartFor('2026-05-10', ['2026-05-10'])).toBe(3);
  });

  it('does not count a late notice that came after this one', () => {
    expect(art518PartFor('2026-05-10', ['2026-06-01'])).toBe(1);
  });
});
