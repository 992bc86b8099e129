import { describe, expect, it } from 'vitest';
import { SHIPPED_YEARS } from '../../../shared/rules/calendar-data';
import { generateYear } from '../../../shared/rules/calendar-generate';
import { HISTORICAL_YEARS } from '../../../shared/rules/calendar-history';
import { allYearSpecs, FIRST_YEAR, LAST_YEAR } from '../../../shared/rules/calendar-years';
import { weekday } from '../../../shared/rules/dates';

const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;

describe('generator against the shipped tables', () => {
  // The tables were checked by hand (domain.md §3); generating the same years from the statutory
  // rules, given only the known Kurban Ait, must give the same holidays and substitutes.
  it.each(SHIPPED_YEARS.map((s) => s.year))(
    'reproduces %i apart from Ministry transfers',
    (year) => {
      const shipped = SHIPPED_YEARS.find((s) => s.year === year)!;
      const kurban = shipped.holidays.find((h) => h.key === 'kurban_ait')!;
      const generated = generateYear(year, { kurbanAit: kurban });
      const strip = (hs: typeof shipped.holidays) =>
        hs.map((h) => `${h.date} ${h.key} ${h.movable}`);
      expect(strip(generated.holidays)).toEqual(strip(shipped.holidays));
      expect(generated.substitutes).toEqual(shipped.substitutes);
    },
  );

  it('leaves Kurban Ait out of a year without a known date and says so', () => {
    const y = generateYear(2025);
    expect(y.holidays.some((h) => h.key === 'kurban_ait')).toBe(false);
    expect(y.status).toBe('provisional');
    expect(y.notes).toContain('kurban_ait_unknown');
  });
});

describe('statutory rules in generated years', () => {
  const specs = allYearSpecs();

  it('covers every year from 2012 to 2040 in order', () => {
    expect(specs.map((s) => s.year)).toEqual(
      Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
    );
    expect(specs.filter((s) => s.origin === 'shipped').map((s) => s.year)).toEqual([
      2024, 2025, 2026, 2027,
    ]);
    expect(
      specs.filter((s) => s.origin === 'generated').every((s) => s.status === 'provisional'),
    ).toBe(true);
  });

  it('gives each weekend holiday exactly one distinct weekday substitute after it', () => {
    for (const s of specs) {
      const holidayDates = new Set(s.holidays.map((h) => h.date));
      const weekendMovable = s.holidays.filter((h) => h.movable && isWeekend(h.date));
      expect(s.substitutes.map((x) => x.forDate).sort(), String(s.year)).toEqual(
        weekendMovable.map((h) => h.date).sort(),
      );
      const dates = s.substitutes.map((x) => x.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const sub of s.substitutes) {
        expect(holidayDates.has(sub.date), sub.date).toBe(false);
        if (s.origin !== 'historical') {
          expect(isWeekend(sub.date), sub.date).toBe(false);
          expect(sub.date > sub.forDate).toBe(true);
        }
      }
    }
  });

  it('never gives a substitute for 7 January or Kurban Ait', () => {
    for (const s of specs) {
      const fixed = s.holidays.filter(
        (h) => h.key === 'orthodox_christmas' || h.key === 'kurban_ait',
      );
      expect(fixed.every((h) => !h.movable)).toBe(true);
      const forDates = new Set(s.substitutes.map((x) => x.forDate));
      expect(fixed.some((h) => forDates.has(h.date))).toBe(false);
    }
  });

  it('uses 15 March for Constitution Day from 2027 and has none in 2026', () => {
    const keysOn = (year: number, key: string) =>
      specs
        .find((s) => s.year === year)!
        .holidays.filter((h) => h.key === key)
        .map((h) => h.date);
    expect(keysOn(2025, 'constitution_day')).toEqual(['2025-08-30']);
    expect(keysOn(2026, 'constitution_day')).toEqual([]);
    expect(keysOn(2033, 'constitution_day')).toEqual(['2033-03-15']);
  });

  it('applies the holiday list of its time to past years', () => {
    const keys = (year: number) =>
      specs.find((s) => s.year === year)!.holidays.map((h) => h.date.slice(5) + h.key);
    expect(keys(2021)).toContain('12-01first_president_day');
    expect(keys(2021)).toContain('12-17independence_day');
    expect(keys(2021)).not.toContain('10-25republic_day');
    expect(keys(2022)).toContain('10-25republic_day');
    expect(keys(2022)).not.toContain('12-17independence_day');
    expect(keys(2012)).not.toContain('05-07defender_day');
  });

  it('records past transfers as a weekend day worked for a weekday off', () => {
    for (const data of Object.values(HISTORICAL_YEARS)) {
      for (const t of data.transfers) {
        expect(isWeekend(t.working), t.working).toBe(true);
        expect(isWeekend(t.off), t.off).toBe(false);
      }
    }
  });

  it('places the 2020 Victory Day substitute on Friday 8 May as the Government did', () => {
    const y2020 = specs.find((s) => s.year === 2020)!;
    expect(y2020.substitutes).toContainEqual({ date: '2020-05-08', forDate: '2020-05-09' });
  });
});
