import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYearsClamped,
  daysInMonth,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  weekday,
} from '../../../shared/rules/dates';
import { RulesError } from '../../../shared/rules/errors';

describe('parseIsoDate', () => {
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-1',
    '26-01-01',
    '',
    '2026-01-01T00:00',
    '0999-01-01',
  ])('refuses %j with date.invalid', (s) => {
    expect(() => parseIsoDate(s)).toThrow(RulesError);
    try {
      parseIsoDate(s, 'arrival');
    } catch (e) {
      expect(e).toMatchObject({ code: 'date.invalid', field: 'arrival', params: { value: s } });
    }
  });

  it('accepts real dates including 29 February of a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2026-12-31')).toBe('2026-12-31');
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2026-03-26'))).toBe('2026-03-26');
  });

  it('round-trips every day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  // The day numbers are integer arithmetic; Date is the reference they must agree with.
  const byDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const dateDayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

  it('agrees with Date on every day from 1600 to 2400', () => {
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n += 1) {
      const d = fromDayNumber(n);
      if (d !== byDate(n) || toDayNumber(d) !== n) {
        expect({ n, d, back: toDayNumber(d) }).toEqual({ n, d: byDate(n), back: n });
      }
    }
    expect(toDayNumber('1600-01-01')).toBe(dateDayNumber('1600-01-01'));
    expect(toDayNumber('2400-12-31')).toBe(dateDayNumber('2400-12-31'));
  });

  it('agrees with Date on any day from year 1000 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dateDayNumber('1000-01-01'), max: dateDayNumber('9999-12-31') }),
        (n) => {
          expect(fromDayNumber(n)).toBe(byDate(n));
          expect(toDayNumber(byDate(n))).toBe(n);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows the length of every month from 1000 to 2400', () => {
    for (let y = 1000; y <= 2400; y += 1) {
      for (let m = 1; m <= 12; m += 1) {
        const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
        if (daysInMonth(y, m) !== days)
          expect({ y, m, days: daysInMonth(y, m) }).toEqual({ y, m, days });
      }
    }
  });

  it('agrees with the UTC day of Date for weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), (n) => {
        const d = fromDayNumber(n);
        expect(weekday(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('knows the weekdays of the seed examples', () => {
    expect(weekday('2026-03-22')).toBe(0); // Sunday
    expect(weekday('2026-03-23')).toBe(1);
    expect(weekday('2024-05-04')).toBe(6);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // a DST date elsewhere, not here
  });

  it('clamps 29 February when moving by whole years', () => {
    expect(addYearsClamped('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYearsClamped('2026-03-26', -1)).toBe('2025-03-26');
  });
});
