import { allYearSpecs, FIRST_YEAR, forgetYearSpecs, LAST_YEAR } from './calendar-years';
import type {
  CalendarOverride,
  DayInfo,
  YearConfirmation,
  YearSpec,
  YearStatus,
} from './calendar-types';
import {
  fromDayNumber,
  makeIsoDate,
  parseIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
  type IsoDate,
} from './dates';
import { RulesError } from './errors';
import { holidayReason, type ReasonKey } from './reason-keys';

export interface WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** Overrides outside firstDate..lastDate: kept by the caller, ignored here. */
  readonly ignoredOverrides: readonly CalendarOverride[];
  dayInfo(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  yearStatus(year: number): YearStatus;
  /** Every non-working day of the year with its reason, in date order. */
  daysOff(year: number): DayInfo[];
  /** The n-th (1-based) working day on or after `from`. O(1). */
  nthWorkingDay(from: IsoDate, n: number): IsoDate;
  /** Working days in from..to, both ends included; 0 when to < from. O(1). */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** Whether any day in from..to may still change (provisional). O(1). */
  anyProvisional(from: IsoDate, to: IsoDate): boolean;
}

export interface BuildCalendarOptions {
  /** Years an owner has checked (e.g. against the Ministry's order): no longer provisional. */
  confirmedYears?: readonly YearConfirmation[];
  /**
   * Single days an owner has confirmed once they passed (a forecast Kurban Ait and the days
   * beside it, a day of a provisional year): no longer provisional, whatever their year.
   */
  confirmedDays?: readonly IsoDate[];
  /**
   * The year tables to build from, FIRST_YEAR..LAST_YEAR in order; default: the shipped data
   * (allYearSpecs). Tests pass an older or newer edition of the data here.
   */
  years?: readonly YearSpec[];
}

interface BaseDay {
  working: boolean;
  reason: ReasonKey;
  params?: Record<string, string>;
  source?: string;
}

interface Base {
  start: number;
  length: number;
  specs: ReadonlyMap<number, YearSpec>;
  specials: ReadonlyMap<number, BaseDay>;
  /** Days whose status hangs on a forecast date (Kurban Ait ± its uncertainty). */
  uncertain: ReadonlySet<number>;
  yearStarts: readonly number[];
}

let baseCache = new WeakMap<readonly YearSpec[], Base>();

function isWeekendDay(n: number): boolean {
  const w = weekdayOfDayNumber(n);
  return w === 0 || w === 6;
}

function buildBase(specs: readonly YearSpec[]): Base {
  const specials = new Map<number, BaseDay>();
  const uncertain = new Set<number>();
  for (const spec of specs) {
    const byDate = new Map(spec.holidays.map((h) => [h.date, h]));
    for (const h of spec.holidays) {
      const n = toDayNumber(h.date);
      specials.set(n, { working: false, reason: holidayReason(h.key) });
      if (h.provisional) {
        const k = h.uncertaintyDays ?? 0;
        for (let d = n - k; d <= n + k; d++) uncertain.add(d);
      }
    }
    for (const s of spec.substitutes) {
      const holiday = byDate.get(s.forDate);
      const params: Record<string, string> = { date: s.forDate };
      if (holiday) params['holiday'] = holidayReason(holiday.key);
      specials.set(toDayNumber(s.date), { working: false, reason: 'substitute', params });
    }
    for (const t of spec.transfers) {
      specials.set(toDayNumber(t.off), {
        working: false,
        reason: 'transfer',
        params: { date: t.working },
        source: t.source,
      });
      specials.set(toDayNumber(t.working), {
        working: true,
        reason: 'working_weekend',
        params: { date: t.off },
        source: t.source,
      });
    }
  }
  const start = toDayNumber(makeIsoDate(FIRST_YEAR, 1, 1));
  const end = toDayNumber(makeIsoDate(LAST_YEAR, 12, 31));
  const yearStarts: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR + 1; y++)
    yearStarts.push(toDayNumber(makeIsoDate(y, 1, 1)));
  return {
    start,
    length: end - start + 1,
    specs: new Map(specs.map((s) => [s.year, s])),
    specials,
    uncertain,
    yearStarts,
  };
}

function base(specs: readonly YearSpec[]): Base {
  let b = baseCache.get(specs);
  if (!b) baseCache.set(specs, (b = buildBase(specs)));
  return b;
}

/**
 * Drops the memoised base and year list. Only mutation testing needs it: coverage is recorded
 * per test, and a build that ran once for the first test would be checked against that test
 * alone (test/helpers/fresh-calendar.ts).
 */
// Stryker disable next-line all: the mutation-testing hook itself
export function forgetCalendarBase(): void {
  baseCache = new WeakMap();
  forgetYearSpecs();
}

/**
 * The working calendar of domain.md §3 with the owner's overrides on top. Builds, once, a flag per
 * day over the whole range and a prefix sum of working days, so deadline queries are O(1) and never
 * walk Date objects.
 */
export function buildCalendar(
  overrides: readonly CalendarOverride[] = [],
  options: BuildCalendarOptions = {},
): WorkingCalendar {
  const b = base(options.years ?? allYearSpecs());
  const firstDate = makeIsoDate(FIRST_YEAR, 1, 1);
  const lastDate = makeIsoDate(LAST_YEAR, 12, 31);

  const byDay = new Map<number, CalendarOverride>();
  const ignored: CalendarOverride[] = [];
  for (const o of overrides) {
    try {
      parseIsoDate(o.date);
    } catch {
      throw new RulesError('override.invalid', {
        field: 'date',
        params: { value: String(o.date) },
      });
    }
    const n = toDayNumber(o.date);
    // Later entries win, as a later edit of the same day would.
    if (n < b.start || n >= b.start + b.length) ignored.push(o);
    else byDay.set(n, o);
  }
  const confirmed = new Map((options.confirmedYears ?? []).map((c) => [c.year, c.source]));
  const confirmedDays = new Set((options.confirmedDays ?? []).map((d) => toDayNumber(d)));

  const working = new Uint8Array(b.length);
  const provisional = new Uint8Array(b.length);
  const prefix = new Int32Array(b.length + 1);
  const provisionalPrefix = new Int32Array(b.length + 1);
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const spec = b.specs.get(y);
    const yearProvisional = !confirmed.has(y) && spec?.status === 'provisional';
    const from = b.yearStarts[y - FIRST_YEAR]! - b.start;
    const to = b.yearStarts[y - FIRST_YEAR + 1]! - b.start;
    for (let i = from; i < to; i++) {
      const n = b.start + i;
      const o = byDay.get(n);
      const w = o ? o.working : (b.specials.get(n)?.working ?? !isWeekendDay(n));
      working[i] = w ? 1 : 0;
      prefix[i + 1] = prefix[i]! + working[i]!;
      const forecast = !confirmed.has(y) && b.uncertain.has(n);
      provisional[i] = !o && !confirmedDays.has(n) && (yearProvisional || forecast) ? 1 : 0;
      provisionalPrefix[i + 1] = provisionalPrefix[i]! + provisional[i]!;
    }
  }
  // workingIndex[k] = offset of the (k+1)-th working day; with prefix this answers
  // "n-th working day on or after X" by one lookup.
  const workingIndex = new Int32Array(prefix[b.length]!);
  for (let i = 0, k = 0; i < b.length; i++) if (working[i]) workingIndex[k++] = i;

  function indexOf(date: IsoDate, field?: string): number {
    parseIsoDate(date, field);
    const i = toDayNumber(date) - b.start;
    if (i < 0 || i >= b.length) {
      throw new RulesError('date.out_of_range', {
        ...(field ? { field } : {}),
        params: { value: date, from: firstDate, to: lastDate },
      });
    }
    return i;
  }

  function infoAt(i: number): DayInfo {
    const n = b.start + i;
    const date = fromDayNumber(n);
    const isProvisional = provisional[i] === 1;
    const o = byDay.get(n);
    if (o) {
      const params: Record<string, string> = { source: o.source };
      if (o.note) params['note'] = o.note;
      return {
        date,
        working: o.working,
        reason: o.working ? 'override.working' : 'override.off',
        params,
        provisional: false,
        source: o.source,
      };
    }
    const special = b.specials.get(n);
    if (special) {
      return {
        date,
        working: special.working,
        reason: special.reason,
        ...(special.params ? { params: { ...special.params } } : {}),
        provisional: isProvisional,
        ...(special.source ? { source: special.source } : {}),
      };
    }
    const w = weekdayOfDayNumber(n);
    const reason: ReasonKey =
      w === 6 ? 'weekend.saturday' : w === 0 ? 'weekend.sunday' : 'working_day';
    return { date, working: working[i] === 1, reason, provisional: isProvisional };
  }

  function checkYear(year: number): YearSpec {
    const spec = b.specs.get(year);
    if (!spec) {
      throw new RulesError('date.out_of_range', {
        field: 'year',
        params: { value: String(year), from: firstDate, to: lastDate },
      });
    }
    return spec;
  }

  return {
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    firstDate,
    lastDate,
    ignoredOverrides: ignored,
    dayInfo: (date) => infoAt(indexOf(date)),
    isWorkingDay: (date) => working[indexOf(date)] === 1,
    yearStatus(year) {
      const spec = checkYear(year);
      const by = confirmed.get(year);
      const from = b.yearStarts[year - FIRST_YEAR]!;
      const to = b.yearStarts[year - FIRST_YEAR + 1]!;
      let overrideCount = 0;
      for (const n of byDay.keys()) if (n >= from && n < to) overrideCount++;
      return {
        year,
        status: by === undefined ? spec.status : 'confirmed',
        origin: spec.origin,
        sources: by === undefined ? spec.sources : [...spec.sources, by],
        notes: by === undefined ? spec.notes : [...spec.notes, 'confirmed_by_owner'],
        overrideCount,
      };
    },
    daysOff(year) {
      checkYear(year);
      const from = b.yearStarts[year - FIRST_YEAR]! - b.start;
      const to = b.yearStarts[year - FIRST_YEAR + 1]! - b.start;
      const result: DayInfo[] = [];
      for (let i = from; i < to; i++) if (!working[i]) result.push(infoAt(i));
      return result;
    },
    nthWorkingDay(from, n) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer: ${n}`);
      const k = prefix[indexOf(from)]! + n - 1;
      if (k >= workingIndex.length) {
        // `from` itself is inside the range: saying it is outside would contradict the range
        // printed beside it (2040-12-31 "outside 2012-01-01 to 2040-12-31").
        throw new RulesError('date.deadline_out_of_range', {
          params: { value: from, to: lastDate },
        });
      }
      return fromDayNumber(b.start + workingIndex[k]!);
    },
    countWorkingDays(from, to) {
      const i = indexOf(from);
      const j = indexOf(to);
      return j < i ? 0 : prefix[j + 1]! - prefix[i]!;
    },
    anyProvisional(from, to) {
      const i = indexOf(from);
      const j = indexOf(to);
      return j >= i && provisionalPrefix[j + 1]! - provisionalPrefix[i]! > 0;
    },
  };
}
