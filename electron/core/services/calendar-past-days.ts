import { addDays, type IsoDate, type WorkingCalendar } from '../../../shared/rules';

/**
 * The provisional days that have passed: before `today` (Kazakhstan), in the years Tirkeu ships
 * or generates. A forecast (Kurban Ait ± a day, domain.md §3) or a day of a year with no transfer
 * order yet is provisional while it is ahead; once it is behind, what happened is known at the
 * desk, and the owner is asked to confirm it (or to add a change where it went otherwise). Until
 * then, deadlines that counted it stay marked provisional. The historical years (before 2024)
 * are provisional for another reason (rebuilt from the rules and python-holidays, unverified)
 * and are not asked about: no open notice counts their days.
 */
export function pastProvisionalDays(calendar: WorkingCalendar, today: IsoDate): IsoDate[] {
  const yesterday = addDays(today, -1);
  if (yesterday < calendar.firstDate) return [];
  const last = yesterday > calendar.lastDate ? calendar.lastDate : yesterday;
  let year = calendar.firstYear;
  while (year <= Number(last.slice(0, 4)) && calendar.yearStatus(year).origin === 'historical')
    year += 1;
  const from = `${year}-01-01`;
  if (from > last || !calendar.anyProvisional(from, last)) return [];
  const days: IsoDate[] = [];
  for (let d = from; d <= last; d = addDays(d, 1)) {
    if (calendar.dayInfo(d).provisional) days.push(d);
  }
  return days;
}
