import type { WorkingCalendar } from './calendar';
import { checkCitizenship, KAZAKHSTAN, type CitizenshipPredicate } from './citizenship';
import { addDays, parseIsoDate, type IsoDate } from './dates';
import { computeDeadline, type DeadlineResult } from './deadline';
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
  /** The working-day trace, for the host's notice. */
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
  ruleSettings?: RuleSettings;
}

export interface ObligationOptions {
  /** A country list (provided elsewhere); without it any three-letter code is accepted. */
  isKnownCitizenship?: CitizenshipPredicate;
  /** For tests and future law; defaults to RULE_SETS. */
  ruleSets?: readonly RuleSet[];
}

function covers(ruleSet: RuleSet, citizenship: string, settings: RuleSettings): boolean {
  if (ruleSet.appliesTo === 'all_foreigners') return true;
  return settings.visaFree90.some((c) => c.toUpperCase() === citizenship);
}

function buildTask(
  t: TaskTemplate,
  ruleSet: RuleSet,
  input: ObligationInput,
  calendar: WorkingCalendar,
): Obligation {
  const base = { kind: t.kind, rule: ruleSet.id };
  switch (t.due.type) {
    case 'working_days_from_event': {
      let deadline: DeadlineResult;
      try {
        deadline = computeDeadline(calendar, input.eventDate, { workingDays: t.due.days });
      } catch (e) {
        if (isRulesError(e) && e.field === 'arrival') {
          throw new RulesError(e.code, {
            field: 'eventDate',
            ...(e.params ? { params: e.params } : {}),
          });
        }
        throw e;
      }
      return { ...base, due: deadline.deadline, dueAt: deadline.deadlineAt, deadline };
    }
    case 'calendar_days_after_entry': {
      if (input.entryDate === undefined) return { ...base, flags: ['entry_date_missing'] };
      const due = addDays(input.entryDate, t.due.days);
      return { ...base, due, dueAt: endOfKzDay(due) };
    }
    case 'none':
      return { ...base, flags: ['no_statutory_deadline'] };
  }
}

/**
 * domain.md §1 and §4, Tirkeu's reading: every non-KAZ guest, children included, is owed a host's
 * notice on each check-in and each return after an absence; from 1 Jul 2026 guests on the 90-day
 * visa-free list also register themselves and the host confirms. Rule sets are picked by the event
 * date.
 */
export function obligationsFor(
  input: ObligationInput,
  calendar: WorkingCalendar,
  options: ObligationOptions = {},
): Obligation[] {
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
  const citizenship = checkCitizenship(input.citizenship, options.isKnownCitizenship);
  if (citizenship === KAZAKHSTAN) return [];
  const settings = input.ruleSettings ?? DEFAULT_RULE_SETTINGS;
  return ruleSetsInForce(input.eventDate, options.ruleSets ?? RULE_SETS)
    .filter((r) => r.events.includes(input.event) && covers(r, citizenship, settings))
    .flatMap((r) => r.tasks.map((t) => buildTask(t, r, input, calendar)));
}
