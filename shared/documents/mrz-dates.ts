import type { IsoDate } from '../rules/dates';

export type { IsoDate };

// An expiry date is taken within this many years either side of today. Passports run 10 years,
// some cards longer, so 50 leaves a wide margin while still reading `80` as 1980 in 2026.
const EXPIRY_WINDOW_YEARS = 50;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type YymmddReading =
  { kind: 'date'; date: IsoDate } | { kind: 'incomplete' } | { kind: 'invalid' };

// ICAO 9303 part 3 lets a state fill an unknown day or month with `<`; such a date cannot go on
// the form as it is, but it is not a misread either.
function split(yymmdd: string): { yy: number; mm: number; dd: number } | 'incomplete' | 'invalid' {
  if (/^[0-9]{2}[0-9<]{4}$/.test(yymmdd) && yymmdd.includes('<')) return 'incomplete';
  if (!/^[0-9]{6}$/.test(yymmdd)) return 'invalid';
  return {
    yy: Number(yymmdd.slice(0, 2)),
    mm: Number(yymmdd.slice(2, 4)),
    dd: Number(yymmdd.slice(4, 6)),
  };
}

function build(year: number, mm: number, dd: number): YymmddReading {
  if (mm < 1 || mm > 12 || dd < 1 || dd > daysInMonth(year, mm)) return { kind: 'invalid' };
  return { kind: 'date', date: iso(year, mm, dd) };
}

/** A birth date from its MRZ form: the latest century that does not put it after today. */
export function readBirthDate(yymmdd: string, today: IsoDate): YymmddReading {
  const parts = split(yymmdd);
  if (typeof parts === 'string') return { kind: parts };
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  const candidate = iso(century + parts.yy, parts.mm, parts.dd);
  const year = candidate > today ? century - 100 + parts.yy : century + parts.yy;
  return build(year, parts.mm, parts.dd);
}

/** An expiry date from its MRZ form: the century that puts it within ±50 years of today. */
export function readExpiryDate(yymmdd: string, today: IsoDate): YymmddReading {
  const parts = split(yymmdd);
  if (typeof parts === 'string') return { kind: parts };
  const todayYear = Number(today.slice(0, 4));
  let year = Math.floor(todayYear / 100) * 100 + parts.yy;
  if (year > todayYear + EXPIRY_WINDOW_YEARS) year -= 100;
  else if (year <= todayYear - EXPIRY_WINDOW_YEARS) year += 100;
  return build(year, parts.mm, parts.dd);
}

/**
 * Whether a full birth date is acceptable on the form. readBirthDate never yields a future date
 * by construction; this guards dates the receptionist corrects by hand.
 */
export function checkBirthDate(
  date: IsoDate,
  today: IsoDate,
): 'mrz.date_invalid' | 'mrz.birth_in_future' | null {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date);
  if (!match) return 'mrz.date_invalid';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (build(year, month, day).kind !== 'date') return 'mrz.date_invalid';
  return date > today ? 'mrz.birth_in_future' : null;
}
