import { fromDayNumber, parseIsoDate, weekdayOfDayNumber, type IsoDate } from './dates';

// domain.md §2: one zone, UTC+5, no DST, since 2024-03-01 (tzdata 2024a). Hard-coded on purpose:
// the PC's zone and the runtime's tzdata (older ones still say +06 for Almaty) are never asked.
// Before 2024-03-01 most of the country was on +06; instants for such old dates are an hour off
// in the east, which only matters for historical records.
export const KZ_UTC_OFFSET_MINUTES = 300;
export const KZ_UTC_OFFSET = '+05:00';

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = KZ_UTC_OFFSET_MINUTES * 60_000;

export interface KzTimeParts {
  date: IsoDate;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** The same instant written with the +05:00 offset, e.g. `2026-03-26T09:30:00+05:00`. */
  iso: string;
}

function checkInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new TypeError('Invalid Date');
  return t;
}

/** The wall-clock time in Kazakhstan at this instant, `HH:MM` (the board asks it per row). */
export function kzClockOf(instant: Date): string {
  const local = checkInstant(instant) + OFFSET_MS;
  const minutes = Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / 60_000);
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
}

/** The calendar date in Kazakhstan at this instant. */
export function kzDateOf(instant: Date): IsoDate {
  return fromDayNumber(Math.floor((checkInstant(instant) + OFFSET_MS) / MS_PER_DAY));
}

export function kzNowParts(now: Date = new Date()): KzTimeParts {
  const local = checkInstant(now) + OFFSET_MS;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - dayNumber * MS_PER_DAY;
  const date = fromDayNumber(dayNumber);
  const hour = Math.floor(msOfDay / 3_600_000);
  const minute = Math.floor((msOfDay % 3_600_000) / 60_000);
  const second = Math.floor((msOfDay % 60_000) / 1000);
  const hms = [hour, minute, second].map((n) => String(n).padStart(2, '0')).join(':');
  return {
    date,
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    hour,
    minute,
    second,
    weekday: weekdayOfDayNumber(dayNumber),
    iso: `${date}T${hms}${KZ_UTC_OFFSET}`,
  };
}

/** The last second of a Kazakh calendar day, e.g. `2026-03-26T23:59:59+05:00`. */
export function endOfKzDay(d: IsoDate): string {
  return `${parseIsoDate(d)}T23:59:59${KZ_UTC_OFFSET}`;
}

/** The first instant of a Kazakh calendar day as a Date (19:00 UTC the day before). */
export function startOfKzDay(d: IsoDate): Date {
  return new Date(`${parseIsoDate(d)}T00:00:00${KZ_UTC_OFFSET}`);
}
