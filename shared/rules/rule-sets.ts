import type { IsoDate } from './dates';
import type { StayLimitSettings } from './stay-limit-data';

export type ObligationEvent = 'check_in' | 'return';

export const TASK_KINDS = ['host_notice', 'guest_self_registration', 'host_confirmation'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** How a task's due date is found. */
export type DueRule =
  | { type: 'working_days_from_event'; days: number }
  | { type: 'calendar_days_after_entry'; days: number }
  /** The earlier of entry + calendarDays and the workingDays-th working day from the event. */
  | { type: 'earlier_of_entry_or_working_days'; calendarDays: number; workingDays: number }
  | { type: 'none' };

export interface TaskTemplate {
  kind: TaskKind;
  due: DueRule;
}

/** Which guests a rule set covers; `visa_free_90` reads RuleSettings.visaFree90. */
export type Applicability = 'all_foreigners' | 'visa_free_90';

/**
 * A rule set is chosen by the date of the event at the hotel (check-in or return): the duty arises
 * that day. The next change in law is a new entry here with its dates, not new code.
 */
export interface RuleSet {
  id: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  appliesTo: Applicability;
  events: readonly ObligationEvent[];
  tasks: readonly TaskTemplate[];
  /** The legal text, for the "why" panel. */
  source: string;
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    // domain.md §1-2; Entry Rules (Res. 148 of 21 Jan 2012) para 9 (arrival) and para 10 (change
    // of address); seed 004: again after any temporary absence. The same duty existed before 2012;
    // the date here is where Tirkeu's calendar starts.
    id: 'entry-rules-148-p9',
    effectiveFrom: '2012-01-01',
    appliesTo: 'all_foreigners',
    events: ['check_in', 'return'],
    tasks: [{ kind: 'host_notice', due: { type: 'working_days_from_event', days: 3 } }],
    source: 'Government Resolution No. 148 of 21 Jan 2012, paras 9-10',
  },
  {
    // domain.md §4; Interior Ministry order No. 923 of 17 Nov 2025 (adilet V2500037440), in force
    // 1 Jul 2026: the guest registers within 30 calendar days of crossing the border, or within 5
    // working days of a change of address, and the host confirms the request. domain.md §4,
    // Tirkeu's reading: the desk cannot know which applies, so the earlier of the two; the tasks
    // belong to the stay, once (a return after an absence is not a change of address). No deadline
    // for the confirmation was found [U], so none is invented.
    id: 'registration-rules-923',
    effectiveFrom: '2026-07-01',
    appliesTo: 'visa_free_90',
    events: ['check_in'],
    tasks: [
      {
        kind: 'guest_self_registration',
        due: { type: 'earlier_of_entry_or_working_days', calendarDays: 30, workingDays: 5 },
      },
      { kind: 'host_confirmation', due: { type: 'none' } },
    ],
    source: 'Interior Ministry order No. 923 of 17 Nov 2025, in force 1 Jul 2026',
  },
];

export interface RuleSettings {
  /** Nationalities with a 90-day visa-free stay (domain.md §4); an owner can edit the list. */
  visaFree90: readonly string[];
  /** Stay limits per citizenship (domain.md §10); absent: the shipped DEFAULT_STAY_LIMITS. */
  stayLimits?: StayLimitSettings;
}

/** domain.md §4, Tirkeu's reading: EAEU (RUS, BLR, ARM, KGZ), TUR since Aug 2025, GEO, MDA, MNG, UKR. */
export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  visaFree90: ['RUS', 'BLR', 'ARM', 'KGZ', 'TUR', 'GEO', 'MDA', 'MNG', 'UKR'],
};

export function ruleSetsInForce(
  date: IsoDate,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): RuleSet[] {
  return ruleSets.filter(
    (r) => r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
}

/**
 * Whether a stored task's due date is counted from the guest's entry into Kazakhstan (order 923,
 * domain.md §4): without the entry date such a task has no date yet, which is not the same as a
 * step the law sets no deadline for.
 */
export function dueCountsFromEntry(
  rule: string,
  kind: TaskKind,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): boolean {
  const type = ruleSets.find((r) => r.id === rule)?.tasks.find((t) => t.kind === kind)?.due.type;
  return type === 'calendar_days_after_entry' || type === 'earlier_of_entry_or_working_days';
}
