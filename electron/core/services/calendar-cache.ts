import {
  buildCalendar,
  type CalendarOverride,
  type WorkingCalendar,
  type YearConfirmation,
  type YearSpec,
} from '../../../shared/rules';
import type { CalendarRepo } from '../db/repos/calendar-repo';
import type { SettingsRepo } from '../db/repos/settings-repo';

/** Settings key of the years an owner has confirmed (domain.md §3, Tirkeu's reading). */
export const CONFIRMED_YEARS_KEY = 'calendar.confirmedYears';

export interface StoredConfirmation extends YearConfirmation {
  confirmedBy: number | null;
  confirmedAt: string;
}

/** Settings key of the single past days an owner has confirmed (calendar-past-days.ts). */
export const CONFIRMED_DAYS_KEY = 'calendar.confirmedDays';

export interface StoredDayConfirmation {
  date: string;
  source: string;
  confirmedBy: number | null;
  confirmedAt: string;
}

/**
 * The working calendar with the owner's overrides, confirmed years and days applied, built once and
 * rebuilt only after one of them changes.
 */
export function createCalendarCache(
  repo: CalendarRepo,
  settings: SettingsRepo,
  /** The shipped year tables; tests pass another edition. */
  years?: readonly YearSpec[],
) {
  const confirmedYears = (): StoredConfirmation[] =>
    settings.get<StoredConfirmation[]>(CONFIRMED_YEARS_KEY) ?? [];
  const confirmedDays = (): StoredDayConfirmation[] =>
    settings.get<StoredDayConfirmation[]>(CONFIRMED_DAYS_KEY) ?? [];
  /** A fresh calendar from the database (or the given state), not cached. */
  const build = (
    overrides: readonly CalendarOverride[] = repo.list(),
    confirmed: readonly YearConfirmation[] = confirmedYears(),
  ): WorkingCalendar =>
    buildCalendar(overrides, {
      confirmedYears: confirmed,
      confirmedDays: confirmedDays().map((d) => d.date),
      ...(years ? { years } : {}),
    });
  let calendar: WorkingCalendar | null = null;
  return {
    get: (): WorkingCalendar => (calendar ??= build()),
    build,
    confirmedYears,
    confirmedDays,
    invalidate: (): void => {
      calendar = null;
    },
  };
}
export type CalendarCache = ReturnType<typeof createCalendarCache>;
