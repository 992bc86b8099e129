import type { WorkingCalendar } from './calendar';
import type { CalendarStatus } from './calendar-types';
import { addDays, parseIsoDate, type IsoDate } from './dates';
import { isRulesError, RulesError } from './errors';
import { endOfKzDay, kzDateOf } from './kz-time';
import type { ReasonKey } from './reason-keys';

/** domain.md §2; Entry Rules (Res. 148 of 21 Jan 2012) para 9 and para 10: three working days. */
export const NOTICE_WORKING_DAYS = 3;

export interface TraceDay {
  date: IsoDate;
  counted: boolean;
  reason: ReasonKey;
  params?: Record<string, string>;
  /** The day's status may still change (provisional year, Kurban Ait forecast). */
  provisional: boolean;
  source?: string;
}

export interface DeadlineResult {
  arrival: IsoDate;
  deadline: IsoDate;
  /** The end of the deadline day in Kazakhstan, e.g. `2026-03-25T23:59:59+05:00`. */
  deadlineAt: string;
  /** Provisional when any day of the trace is. */
  calendar: CalendarStatus;
  /** Every day from the arrival to the deadline, both included, counted or skipped and why. */
  trace: TraceDay[];
}

export interface DeadlineOptions {
  /** From the rule set in force; the Entry Rules say three. */
  workingDays?: number;
}

/** A rules error without a field, as an error of `field`; anything else unchanged. */
function ofField(field: string, e: unknown): unknown {
  if (isRulesError(e) && e.field === undefined) {
    return new RulesError(e.code, { field, ...(e.params ? { params: e.params } : {}) });
  }
  return e;
}

/**
 * Tirkeu's reading of domain.md §2: the deadline is the end (23:59:59 UTC+5) of the third working
 * day, counting the arrival day itself when it is a working day, since the clock starts at 00:01 on
 * the day of arrival (seed 004, Entry Rules para 9). Seed 000: Sunday → Wednesday, Monday → Wednesday.
 */
export function computeDeadline(
  calendar: WorkingCalendar,
  arrival: IsoDate,
  options: DeadlineOptions = {},
): DeadlineResult {
  const workingDays = options.workingDays ?? NOTICE_WORKING_DAYS;
  try {
    parseIsoDate(arrival);
    const deadline = calendar.nthWorkingDay(arrival, workingDays);
    const trace: TraceDay[] = [];
    for (let d = arrival; d <= deadline; d = addDays(d, 1)) {
      const info = calendar.dayInfo(d);
      trace.push({
        date: d,
        counted: info.working,
        reason: info.reason,
        ...(info.params ? { params: info.params } : {}),
        provisional: info.provisional,
        ...(info.source ? { source: info.source } : {}),
      });
    }
    return {
      arrival,
      deadline,
      deadlineAt: endOfKzDay(deadline),
      calendar: trace.some((t) => t.provisional) ? 'provisional' : 'confirmed',
      trace,
    };
  } catch (e) {
    throw ofField('arrival', e);
  }
}

/** A deadline without its trace: what a bulk recompute compares and stores. */
export type DeadlineDue = Pick<DeadlineResult, 'arrival' | 'deadline' | 'deadlineAt' | 'calendar'>;

/**
 * The same deadline and provisional mark as computeDeadline, read from the calendar's working-day
 * and provisional indexes in O(1), without building the day-by-day trace.
 */
export function computeDue(
  calendar: WorkingCalendar,
  arrival: IsoDate,
  options: DeadlineOptions = {},
): DeadlineDue {
  const workingDays = options.workingDays ?? NOTICE_WORKING_DAYS;
  try {
    parseIsoDate(arrival);
    const deadline = calendar.nthWorkingDay(arrival, workingDays);
    return {
      arrival,
      deadline,
      deadlineAt: endOfKzDay(deadline),
      calendar: calendar.anyProvisional(arrival, deadline) ? 'provisional' : 'confirmed',
    };
  } catch (e) {
    throw ofField('arrival', e);
  }
}

export type DeadlineStatusKind = 'not_due' | 'due_today' | 'overdue';

export interface DeadlineStatus {
  kind: DeadlineStatusKind;
  /** The current date in Kazakhstan that the status was computed for. */
  today: IsoDate;
  /** not_due and due_today: working days after today up to and including the deadline. */
  workingDaysLeft?: number;
  /** overdue: working days after the deadline up to and including today; 0 on the weekend
   *  right after a Friday deadline, which is overdue all the same. */
  overdueWorkingDays?: number;
}

/**
 * Uses the current date in UTC+5 whatever the PC's zone (domain.md §2, Tirkeu's reading): a desk
 * in a PC set to Moscow time still sees a deadline as overdue from 00:00 Kazakh time.
 */
export function deadlineStatus(
  calendar: WorkingCalendar,
  deadline: IsoDate,
  now: Date,
): DeadlineStatus {
  parseIsoDate(deadline, 'deadline');
  const today = kzDateOf(now);
  if (today < deadline) {
    return {
      kind: 'not_due',
      today,
      workingDaysLeft: calendar.countWorkingDays(addDays(today, 1), deadline),
    };
  }
  if (today === deadline) return { kind: 'due_today', today, workingDaysLeft: 0 };
  return {
    kind: 'overdue',
    today,
    overdueWorkingDays: calendar.countWorkingDays(addDays(deadline, 1), today),
  };
}
