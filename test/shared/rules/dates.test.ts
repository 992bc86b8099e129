import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYearsClamped,
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
