import { RulesError } from './errors';

/** A calendar date as `yyyy-MM-dd`, with no time and no zone. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps the PC's zone out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks the shape and that the date exists (2026-02-30 does not). Years below 1000 are refused:
 * Date.UTC maps two-digit years into the 1900s, and no guest arrives before 1000 anyway.
 */
export function parseIsoDate(s: string, field?: string): IsoDate {
  const m = ISO_DATE.exec(s);
  const fail = (): RulesError =>
    new RulesError('date.invalid', { ...(field ? { field } : {}), params: { value: s } });
  if (!m) throw fail();
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw fail();
  }
  return s;
}

export function isIsoDate(s: string): boolean {
  try {
    parseIsoDate(s);
    return true;
  } catch {
    return false;
  }
}

export function dateParts(d: IsoDate): DateParts {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). Pure UTC arithmetic: no local-time pitfalls. */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = dateParts(d);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function weekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

export function weekday(d: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

export function isWeekend(d: IsoDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** Same day-of-month `years` later or earlier; 29 Feb falls back to 28 Feb in common years. */
export function addYearsClamped(d: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(d);
  const y = year + years;
  return makeIsoDate(y, month, Math.min(day, daysInMonth(y, month)));
}
