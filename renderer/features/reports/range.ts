import { addDays, daysInMonth, type IsoDate } from '../../../shared/rules';

export interface Range {
  from: IsoDate;
  to: IsoDate;
}

/** `2026-03` → the first and last day of that month. */
export function monthRange(month: string): Range {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

/** The month a range is exactly, or null for any other range. */
export function monthOf(r: Range): string | null {
  const month = r.from.slice(0, 7);
  const whole = monthRange(month);
  return whole.from === r.from && whole.to === r.to ? month : null;
}

/** The last `count` months up to the one containing `today`, newest first. */
export function recentMonths(today: IsoDate, count: number): string[] {
  const out: string[] = [];
  let day = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < count; i++) {
    out.push(day.slice(0, 7));
    day = `${addDays(day, -1).slice(0, 7)}-01`;
  }
  return out;
}
