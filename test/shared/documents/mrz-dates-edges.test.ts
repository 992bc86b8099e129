import { describe, expect, it } from 'vitest';
import { checkBirthDate, readBirthDate, readExpiryDate } from '../../../shared/documents/mrz-dates';

const TODAY = '2026-03-20';

describe('MRZ dates at the edges of the calendar', () => {
  it('knows 29 February only in leap years, 2000 included and 2100 not', () => {
    expect(readBirthDate('000229', TODAY)).toEqual({ kind: 'date', date: '2000-02-29' });
    expect(readBirthDate('960229', TODAY)).toEqual({ kind: 'date', date: '1996-02-29' });
    expect(readBirthDate('970229', TODAY)).toEqual({ kind: 'invalid' });
    expect(readExpiryDate('280229', TODAY)).toEqual({ kind: 'date', date: '2028-02-29' });
    // In 2076 an expiry `00` is read as 2100, which is not a leap year.
    expect(readExpiryDate('000229', '2076-01-01')).toEqual({ kind: 'invalid' });
    expect(readExpiryDate('000228', '2076-01-01')).toEqual({ kind: 'date', date: '2100-02-28' });
    expect(checkBirthDate('1900-02-29', TODAY)).toBe('mrz.date_invalid');
    expect(checkBirthDate('2000-02-29', TODAY)).toBeNull();
  });

  it('knows the 30-day months and the 31-day ones', () => {
    for (const mm of ['04', '06', '09', '11']) {
      expect(readExpiryDate(`30${mm}31`, TODAY)).toEqual({ kind: 'invalid' });
      expect(readExpiryDate(`30${mm}30`, TODAY)).toEqual({ kind: 'date', date: `2030-${mm}-30` });
    }
    for (const mm of ['01', '03', '05', '07', '08', '10', '12']) {
      expect(readExpiryDate(`30${mm}31`, TODAY)).toEqual({ kind: 'date', date: `2030-${mm}-31` });
    }
    expect(readExpiryDate('301301', TODAY)).toEqual({ kind: 'invalid' });
    expect(readExpiryDate('300001', TODAY)).toEqual({ kind: 'invalid' });
    expect(readExpiryDate('300100', TODAY)).toEqual({ kind: 'invalid' });
  });

  it('tells a date with unknown parts from a misread, whatever surrounds the six characters', () => {
    expect(readBirthDate('74<<<<', TODAY)).toEqual({ kind: 'incomplete' });
    expect(readBirthDate('7408<<', TODAY)).toEqual({ kind: 'incomplete' });
    for (const bad of ['X74<<<<', '74<<<<X', 'X740812', '740812X', '74O812', '']) {
      expect([bad, readBirthDate(bad, TODAY)]).toEqual([bad, { kind: 'invalid' }]);
      expect([bad, readExpiryDate(bad, TODAY)]).toEqual([bad, { kind: 'invalid' }]);
    }
  });

  it('reads an expiry within fifty years either side of today', () => {
    expect(readExpiryDate('760320', TODAY)).toEqual({ kind: 'date', date: '2076-03-20' });
    expect(readExpiryDate('770101', TODAY)).toEqual({ kind: 'date', date: '1977-01-01' });
    expect(readExpiryDate('760101', TODAY)).toEqual({ kind: 'date', date: '2076-01-01' });
    expect(readExpiryDate('750101', '2125-06-01')).toEqual({ kind: 'date', date: '2175-01-01' });
  });

  it('refuses a hand-typed birth date that is not a plain yyyy-mm-dd', () => {
    for (const bad of ['x1990-01-01', '1990-01-01x', '1990-1-01']) {
      expect(checkBirthDate(bad, TODAY)).toBe('mrz.date_invalid');
    }
    expect(checkBirthDate('2026-03-21', TODAY)).toBe('mrz.birth_in_future');
  });
});
