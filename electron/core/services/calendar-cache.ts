import { buildCalendar, type WorkingCalendar } from '../../../shared/rules';
import type { CalendarRepo } from '../db/repos/calendar-repo';

/**
 * The working calendar with the owner's overrides applied, built once and rebuilt only after
 * an override changes (inside the same transaction, so deadlines recomputed there see it).
 */
export function createCalendarCache(repo: CalendarRepo) {
  let calendar: WorkingCalendar | null = null;
  return {
    get: (): WorkingCalendar => (calendar ??= buildCalendar(repo.list())),
    invalidate: (): void => {
      calendar = null;
    },
  };
}
export type CalendarCache = ReturnType<typeof createCalendarCache>;
