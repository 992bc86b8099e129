import { z } from 'zod';
import { isKnownCitizenship } from '../documents/countries';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type CalendarNoteKey,
  type CalendarStatus,
  type DueRule,
  type ObligationEvent,
  type ReasonKey,
  type RuleSettings,
  type StayLimitSettings,
  type TaskKind,
  type YearOrigin,
} from '../rules';
import { emptyInput, isoDateSchema, text } from './common';
import { read, write, STAFF, OWNERS } from './define';

/** One day as the calendar sees it, with the reason in words the locales translate. */
export interface CalendarDayView {
  date: string;
  working: boolean;
  /** `rules:reason.*` key. */
  reason: ReasonKey;
  params?: Record<string, string>;
  /** The day's status may still change (provisional year, Kurban Ait forecast). */
  provisional: boolean;
  /** The order or text the day comes from, when it has one (transfers, owner overrides). */
  source?: string;
}

/** An owner's change to the calendar, with who made it and what the day would be without it. */
export interface CalendarOverrideView {
  date: string;
  working: boolean;
  source: string;
  note: string;
  createdBy: string | null;
  createdAt: string;
  /** The day as shipped or generated, without this override. */
  shipped: { working: boolean; reason: ReasonKey; params?: Record<string, string> };
}

/** The owner's statement that a provisional year was checked against the Ministry's order. */
export interface YearConfirmationView {
  year: number;
  source: string;
  confirmedBy: string | null;
  confirmedAt: string;
}

export interface CalendarYearView {
  year: number;
  /** The years the engine answers for, for the year picker. */
  firstYear: number;
  lastYear: number;
  status: CalendarStatus;
  origin: YearOrigin;
  sources: string[];
  /** `rules:calendar.note.*` keys. */
  notes: CalendarNoteKey[];
  /** The owner's confirmation of this year, when there is one. */
  confirmation: YearConfirmationView | null;
  /** Every non-working day (weekends included), in date order. */
  daysOff: CalendarDayView[];
  /** Saturdays and Sundays that are working days (transfer orders, owner overrides). */
  workingWeekends: CalendarDayView[];
  /** Every date of the year whose status may still change. */
  provisionalDates: string[];
  overrides: CalendarOverrideView[];
}

/** An open notice or task whose deadline a calendar change moves. */
export interface MovedNotice {
  noticeId: number;
  /** The host's notice, or the guest's own registration when working days decide its date. */
  kind: TaskKind;
  stayId: number;
  surname: string;
  givenNames: string;
  room: string;
  /** The check-in or return date the three working days count from. */
  eventDate: string;
  /** Which of the two it is: a return after an absence owes a notice of its own. */
  event: 'check_in' | 'return';
  dueDate: string;
  newDueDate: string;
  calendar: CalendarStatus | null;
  newCalendar: CalendarStatus;
}

/** Provisional days that have passed and wait for the owner's confirmation (domain.md §3). */
export interface PastProvisionalDays {
  dates: string[];
}

export interface CalendarChangeResult {
  /** Notices whose due date moved, as the preview listed them. */
  moved: MovedNotice[];
  year: CalendarYearView;
}

export interface RuleSetView {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  appliesTo: 'all_foreigners' | 'visa_free_90';
  events: ObligationEvent[];
  tasks: Array<{ kind: TaskKind; due: DueRule }>;
  /** The legal text it encodes. */
  source: string;
}

/**
 * What the rules engine needs besides a check-in's own facts (issue 22): the owner's calendar
 * changes and confirmations and the rule settings. A joined desk keeps a copy (its
 * rules-cache.json) so a check-in kept while the host is away gets the host's deadline. No
 * personal data: who changed or confirmed a day, and the owner's notes, are left out.
 */
export interface RulesInputs {
  overrides: Array<{ date: string; working: boolean; source: string }>;
  confirmedYears: Array<{ year: number; source: string }>;
  confirmedDays: string[];
  ruleSettings: RuleSettings;
}

export interface RulesView {
  ruleSets: RuleSetView[];
  /** The 90-day visa-free list in force (domain.md §4), ISO alpha-3 codes. */
  visaFree90: string[];
  /** Tirkeu's default list, to restore it. */
  defaultVisaFree90: string[];
  /** Stay limits per citizenship in force (domain.md §4, §10), and Tirkeu's defaults. */
  stayLimits: StayLimitSettings;
  defaultStayLimits: StayLimitSettings;
}

const yearSchema = z
  .number()
  .int()
  .refine((y) => y >= FIRST_YEAR && y <= LAST_YEAR, { message: 'date.out_of_range' });

/** Where an owner's change comes from, e.g. "Order No. 123 of 12.11.2026": never empty. */
const sourceSchema = text(300).min(1, { message: 'required' });

export const overrideInput = z
  .object({
    date: isoDateSchema,
    /** true: a working day (e.g. a Saturday worked by order); false: a day off. */
    working: z.boolean(),
    source: sourceSchema,
    note: text(500).default(''),
  })
  .strict();
export type OverrideInput = z.input<typeof overrideInput>;

export const visaFreeListInput = z
  .object({
    visaFree90: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .refine(isKnownCitizenship, { message: 'citizenship.unknown' }),
      )
      .max(300, { message: 'too_long' }),
  })
  .strict();

const visaFreeEntryInput = z
  .object({
    citizenship: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isKnownCitizenship, { message: 'citizenship.unknown' }),
    days: z
      .number()
      .int()
      .min(1, { message: 'number.range' })
      .max(365, { message: 'number.range' }),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    /** Where the period comes from, e.g. "Resolution No. 148, para 6": never empty. */
    source: sourceSchema,
  })
  .strict()
  .refine((e) => e.effectiveTo === undefined || e.effectiveTo >= e.effectiveFrom, {
    message: 'date.range',
    path: ['effectiveTo'],
  });

const days = (max: number) =>
  z.number().int().min(1, { message: 'number.range' }).max(max, { message: 'number.range' });

// zod's own issue kind, not a code the renderer translates (test/i18n/issue-codes.test.ts).
const CUSTOM = 'custom' as const;

/** The stay-limit rules data (domain.md §4, §10) as the owner edits it in Settings › Rules. */
export const stayLimitsInput = z
  .object({
    visaFree: z.array(visaFreeEntryInput).max(600, { message: 'too_long' }),
    capDays: days(365),
    capWindow: days(730),
    reminderDays: z
      .number()
      .int()
      .min(0, { message: 'number.range' })
      .max(60, { message: 'number.range' }),
    longStayDays: days(365),
    longStayWarning: z.boolean(),
    selfRegistrationMinDays: days(365).nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    // Two entries of one citizenship in force on the same day would make the period ambiguous.
    v.visaFree.forEach((a, i) => {
      const clash = v.visaFree.some(
        (b, j) =>
          j < i &&
          b.citizenship === a.citizenship &&
          (b.effectiveTo ?? '9999-12-31') >= a.effectiveFrom &&
          (a.effectiveTo ?? '9999-12-31') >= b.effectiveFrom,
      );
      if (clash) {
        ctx.addIssue({
          code: CUSTOM,
          message: 'rules.overlap',
          path: ['visaFree', i, 'effectiveFrom'],
        });
      }
    });
    if (v.capDays > v.capWindow) {
      ctx.addIssue({ code: CUSTOM, message: 'number.range', path: ['capDays'] });
    }
  });

export const calendarMethods = {
  /** A year of the working calendar: status, sources, days off, working weekends, owner's changes. */
  'calendar.year': read<CalendarYearView>()(z.object({ year: yearSchema }).strict(), STAFF),
  /** The open notices whose deadline would move if this override were saved; saves nothing. */
  'calendar.previewOverride': read<MovedNotice[]>()(overrideInput, OWNERS),
  /** The open notices whose deadline would move if the override of this date were removed. */
  'calendar.previewRemoval': read<MovedNotice[]>()(
    z.object({ date: isoDateSchema }).strict(),
    OWNERS,
  ),
  /** Make a day a day off or a working day, with its source; open deadlines are recomputed. */
  'calendar.saveOverride': write<CalendarChangeResult>()(overrideInput, OWNERS),
  /** Remove the owner's change of a day; open deadlines are recomputed. */
  'calendar.removeOverride': write<CalendarChangeResult>()(
    z.object({ date: isoDateSchema }).strict(),
    OWNERS,
  ),
  /** State that a provisional year was checked (e.g. against the Ministry's order). */
  'calendar.confirmYear': write<CalendarChangeResult>()(
    z.object({ year: yearSchema, source: sourceSchema }).strict(),
    OWNERS,
  ),
  /** Provisional days that have passed, not yet confirmed: the board's footer and the calendar. */
  'calendar.pastProvisional': read<PastProvisionalDays>()(emptyInput, STAFF),
  /** Confirm passed provisional days as the calendar has them (a change comes first if not). */
  'calendar.confirmDays': write<CalendarChangeResult>()(
    z
      .object({
        dates: z.array(isoDateSchema).min(1, { message: 'required' }).max(1000),
        source: sourceSchema,
      })
      .strict(),
    OWNERS,
  ),
  /** Withdraw the owner's confirmation of a year: it is provisional again. */
  'calendar.unconfirmYear': write<CalendarChangeResult>()(
    z.object({ year: yearSchema }).strict(),
    OWNERS,
  ),
  /** What a deadline is computed from besides the check-in: a joined desk caches it (issue 22). */
  'rules.inputs': read<RulesInputs>()(emptyInput, STAFF),
  /** The dated rule sets and the editable 90-day visa-free list. */
  'rules.get': read<RulesView>()(emptyInput, STAFF),
  /** Replace the 90-day visa-free list; applies to check-ins and returns from now on. */
  'rules.save': write<RulesView>()(visaFreeListInput, OWNERS),
  /** Replace the stay-limit rules data; stays are checked against it from now on. */
  'rules.saveStayLimits': write<RulesView>()(stayLimitsInput, OWNERS),
};
