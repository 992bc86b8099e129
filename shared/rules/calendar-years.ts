import { SHIPPED_YEARS } from './calendar-data';
import { generateYear } from './calendar-generate';
import { HISTORICAL_YEARS } from './calendar-history';
import type { YearSpec } from './calendar-types';

/**
 * The range the engine answers for. 2012 is the year of the Entry Rules (Res. 148 of 21 Jan 2012)
 * and of the holiday list that held until 2021; before it Tirkeu refuses rather than guess.
 * 2040 leaves room for long stays and future bookings; later years only repeat the same rules
 * with an ever less certain Kurban Ait.
 */
export const FIRST_YEAR = 2012;
export const LAST_YEAR = 2040;

function historicalYear(year: number): YearSpec | undefined {
  const data = HISTORICAL_YEARS[year];
  if (!data) return undefined;
  const base = generateYear(year, {
    kurbanAit: { date: data.kurbanAit, key: 'kurban_ait', movable: false },
  });
  const moved = data.movedSubstitutes ?? [];
  const substitutes = base.substitutes.map((s) => {
    const m = moved.find((x) => x.forDate === s.forDate);
    return m ? { date: m.date, forDate: s.forDate } : s;
  });
  return {
    ...base,
    origin: 'historical',
    status: 'provisional',
    sources: [
      ...base.sources,
      'python-holidays (vacanza/holidays)',
      ...new Set(data.transfers.map((t) => t.source)),
    ],
    notes: ['historical_unverified'],
    substitutes,
    transfers: data.transfers,
  };
}

let cache: readonly YearSpec[] | undefined;

/** Every year from FIRST_YEAR to LAST_YEAR, in order: historical, shipped, then generated. */
export function allYearSpecs(): readonly YearSpec[] {
  if (cache) return cache;
  const shipped = new Map(SHIPPED_YEARS.map((y) => [y.year, y]));
  const specs: YearSpec[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    specs.push(shipped.get(year) ?? historicalYear(year) ?? generateYear(year));
  }
  cache = specs;
  return specs;
}

/** Drops the memoised list, so the next call builds it again (see forgetCalendarBase). */
// Stryker disable next-line all: the mutation-testing hook itself
export function forgetYearSpecs(): void {
  cache = undefined;
}
