import { RulesError } from './errors';

/** A calendar date as `yyyy-MM-dd`, with no time and no zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Checks the shape and that the date exists (2026-02-30 does not). Years below 1000 are refused:
 * Date.UTC maps two-digit years into the 1900s, and no guest arrives before 1000 anyway.
 */
export function parseIsoDate(s: string, field?: string): IsoDate {
  const m = ISO_DATE.exec(s);
  if (!m) throw invalidDate(s, field);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidDate(s, field);
  }
  return s;
}

function invalidDate(value: string, field: string | undefined): RulesError {
  return new RulesError('date.invalid', { ...(field ? { field } : {}), params: { value } });
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

/**
 * Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar as Date counts
 * them. Integer arithmetic on 400-year eras (H. Hinnant's days_from_civil): deadlines walk the
 * calendar day by day, and a Date per day cost more than the rest of a check-in's rules.
 */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = dateParts(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (civil_from_days), the inverse of toDayNumber. */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return makeIsoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
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
