import type { WorkingCalendar } from './calendar';
import { checkCitizenship, KAZAKHSTAN, type CitizenshipPredicate } from './citizenship';
import type { CalendarStatus } from './calendar-types';
import { addDays, parseIsoDate, toDayNumber, type IsoDate } from './dates';
import { computeDeadline, computeDue, type DeadlineDue, type DeadlineResult } from './deadline';
import { isRulesError, RulesError } from './errors';
import { endOfKzDay } from './kz-time';
import {
  DEFAULT_RULE_SETTINGS,
  RULE_SETS,
  ruleSetsInForce,
  type ObligationEvent,
  type RuleSet,
  type RuleSettings,
  type TaskKind,
  type TaskTemplate,
} from './rule-sets';

/**
 * entry_date_missing: the guest's own deadline counts from the border crossing, which was not
 * recorded; the task exists but has no due date until it is. no_statutory_deadline: the law sets
 * no time limit for this task (domain.md §4 [U]).
 */
export const OBLIGATION_FLAGS = ['entry_date_missing', 'no_statutory_deadline'] as const;
export type ObligationFlag = (typeof OBLIGATION_FLAGS)[number];

export interface Obligation {
  kind: TaskKind;
  /** The rule set's id, e.g. `entry-rules-148-p9`. */
  rule: string;
  due?: IsoDate;
  /** End of the due day, UTC+5. */
  dueAt?: string;
  /** Whether the due date rests on a provisional calendar day; absent when no working days count. */
  calendar?: CalendarStatus;
  /** The working-day trace, when working days decide the due date (and `trace` was not off). */
  deadline?: DeadlineResult;
  flags?: ObligationFlag[];
}

export interface ObligationInput {
  event: ObligationEvent;
  /** The check-in (or return) date at this hotel: it starts the clock, not the entry date. */
  eventDate: IsoDate;
  /** ISO alpha-3 / ICAO code, including XXA, XXB, XXC, XXX. */
  citizenship: string;
  /** The date the guest crossed into Kazakhstan, when known. */
  entryDate?: IsoDate;
  /** The planned check-out, when known: order 923's threshold (stayLimits) reads it. */
  plannedCheckOut?: IsoDate | null;
  ruleSettings?: RuleSettings;
}

export interface ObligationOptions {
  /** A country list (provided elsewhere); without it any three-letter code is accepted. */
  isKnownCitizenship?: CitizenshipPredicate;
  /** For tests and future law; defaults to RULE_SETS. */
  ruleSets?: readonly RuleSet[];
  /** false: due dates only, from the calendar's indexes, no day-by-day trace (bulk recomputes). */
  trace?: boolean;
}

function covers(
  ruleSet: RuleSet,
  citizenship: string,
  settings: RuleSettings,
  input: Pick<ObligationInput, 'eventDate' | 'plannedCheckOut'>,
): boolean {
  if (ruleSet.appliesTo === 'all_foreigners') return true;
  if (!settings.visaFree90.some((c) => c.toUpperCase() === citizenship)) return false;
  // domain.md §10 [N, readings differ]: some read order 923's registration as applying only to
  // stays of more than N days. When the owner sets N, a stay whose planned check-out is N days or
  // fewer after the check-in gets no guest tasks; without a planned check-out its length is not
  // known, so the tasks stay (erring towards telling the guest). Unset: every stay, as before.
  const min = settings.stayLimits?.selfRegistrationMinDays ?? null;
  if (min === null || !input.plannedCheckOut) return true;
  return toDayNumber(input.plannedCheckOut) - toDayNumber(input.eventDate) > min;
}

function workingDaysFrom(
  calendar: WorkingCalendar,
  eventDate: IsoDate,
  days: number,
  trace: boolean,
): DeadlineResult | DeadlineDue {
  try {
    return trace
      ? computeDeadline(calendar, eventDate, { workingDays: days })
      : computeDue(calendar, eventDate, { workingDays: days });
  } catch (e) {
    if (isRulesError(e) && e.field === 'arrival') {
      throw new RulesError(e.code, {
        field: 'eventDate',
        ...(e.params ? { params: e.params } : {}),
      });
    }
    throw e;
  }
}

const byWorkingDays = (d: DeadlineResult | DeadlineDue) => ({
  due: d.deadline,
  dueAt: d.deadlineAt,
  calendar: d.calendar,
  ...('trace' in d ? { deadline: d } : {}),
});

function buildTask(
  t: TaskTemplate,
  ruleSet: RuleSet,
  input: ObligationInput,
  calendar: WorkingCalendar,
  trace: boolean,
): Obligation {
  const base = { kind: t.kind, rule: ruleSet.id };
  switch (t.due.type) {
    case 'working_days_from_event':
      return {
        ...base,
        ...byWorkingDays(workingDaysFrom(calendar, input.eventDate, t.due.days, trace)),
      };
    case 'calendar_days_after_entry': {
      if (input.entryDate === undefined) return { ...base, flags: ['entry_date_missing'] };
      const due = addDays(input.entryDate, t.due.days);
      return { ...base, due, dueAt: endOfKzDay(due) };
    }
    case 'earlier_of_entry_or_working_days': {
      if (input.entryDate === undefined) return { ...base, flags: ['entry_date_missing'] };
      // domain.md §4, Tirkeu's reading: a first registration is due entry + 30 calendar days, a
      // change of address 5 working days from check-in (counted as for the host's notice); the
      // desk cannot tell which, so the earlier. When entry + 30 is already past at check-in only
      // the 5 working days can apply: a guest who entered two months ago is not shown a date
      // that passed before they arrived.
      const byDays = addDays(input.entryDate, t.due.calendarDays);
      const byWork = workingDaysFrom(calendar, input.eventDate, t.due.workingDays, trace);
      if (byDays >= input.eventDate && byDays < byWork.deadline) {
        return { ...base, due: byDays, dueAt: endOfKzDay(byDays) };
      }
      return { ...base, ...byWorkingDays(byWork) };
    }
    case 'none':
      return { ...base, flags: ['no_statutory_deadline'] };
  }
}

function checkDates(input: { eventDate: IsoDate; entryDate?: IsoDate | undefined }): void {
  parseIsoDate(input.eventDate, 'eventDate');
  if (input.entryDate !== undefined) {
    parseIsoDate(input.entryDate, 'entryDate');
    if (input.entryDate > input.eventDate) {
      throw new RulesError('date.entry_after_event', {
        field: 'entryDate',
        params: { value: input.entryDate, event: input.eventDate },
      });
    }
  }
}

/**
 * domain.md §1 and §4, Tirkeu's reading: every non-KAZ guest, children included, is owed a host's
 * notice on each check-in and each return after an absence; from 1 Jul 2026 guests on the 90-day
 * visa-free list also register themselves and the host confirms, once per stay (at check-in).
 * Rule sets are picked by the event date.
 */
export function obligationsFor(
  input: ObligationInput,
  calendar: WorkingCalendar,
  options: ObligationOptions = {},
): Obligation[] {
  checkDates(input);
  const citizenship = checkCitizenship(input.citizenship, options.isKnownCitizenship);
  if (citizenship === KAZAKHSTAN) return [];
  const settings = input.ruleSettings ?? DEFAULT_RULE_SETTINGS;
  return ruleSetsInForce(input.eventDate, options.ruleSets ?? RULE_SETS)
    .filter((r) => r.events.includes(input.event) && covers(r, citizenship, settings, input))
    .flatMap((r) => r.tasks.map((t) => buildTask(t, r, input, calendar, options.trace ?? true)));
}

/**
 * One stored task recomputed under the current data: its rule set by id, if that rule set is
 * still in force on the event date, still owes this task for this kind of event. null when it no
 * longer does. Who the rule set covers is not asked again: a guest keeps the tasks given at
 * check-in when the owner later edits the visa-free list.
 */
export function obligationOf(
  rule: string,
  kind: TaskKind,
  input: Omit<ObligationInput, 'citizenship' | 'ruleSettings'>,
  calendar: WorkingCalendar,
  options: Pick<ObligationOptions, 'ruleSets' | 'trace'> = {},
): Obligation | null {
  checkDates(input);
  const ruleSet = ruleSetsInForce(input.eventDate, options.ruleSets ?? RULE_SETS).find(
    (r) => r.id === rule && r.events.includes(input.event),
  );
  const task = ruleSet?.tasks.find((t) => t.kind === kind);
  if (!ruleSet || !task) return null;
  return buildTask(task, ruleSet, { ...input, citizenship: '' }, calendar, options.trace ?? true);
}
