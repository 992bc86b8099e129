import {
  AppFailure,
  type AuditAction,
  type CalendarChangeResult,
  type CalendarYearView,
  type FieldIssue,
  type MovedNotice,
  type RulesView,
} from '../../../shared/contract';
import {
  addDays,
  DEFAULT_RULE_SETTINGS,
  DEFAULT_STAY_LIMITS,
  type StayLimitSettings,
  isRulesError,
  isWeekend,
  kzDateOf,
  obligationOf,
  RULE_SETS,
  yearOf,
  type CalendarOverride,
  type CalendarStatus,
  type DayInfo,
  type WorkingCalendar,
} from '../../../shared/rules';
import type { WriteContext } from '../context';
import type { OpenNotice } from '../db/repos/notice-due-repo';
import type { HandlersFor } from '../handlers';
import {
  CONFIRMED_DAYS_KEY,
  CONFIRMED_YEARS_KEY,
  type StoredConfirmation,
  type StoredDayConfirmation,
} from './calendar-cache';
import { pastProvisionalDays } from './calendar-past-days';
import { stayLimitSettings } from './stay-limits';
import type { ServiceDeps } from './deps';

type CalendarMethods =
  | 'calendar.year'
  | 'calendar.previewOverride'
  | 'calendar.previewRemoval'
  | 'calendar.saveOverride'
  | 'calendar.removeOverride'
  | 'calendar.confirmYear'
  | 'calendar.unconfirmYear'
  | 'calendar.pastProvisional'
  | 'calendar.confirmDays'
  | 'rules.get'
  | 'rules.inputs'
  | 'rules.save'
  | 'rules.saveStayLimits';

/** A pending notice whose deadline or calendar status differs under a candidate calendar. */
interface Change {
  /** From NoticeDueRepo.across: it has a due date. */
  notice: OpenNotice & { dueDate: string };
  dueDate: string;
  dueAt: string;
  calendar: CalendarStatus;
}

const RULES_KEY = 'rules';

function invalid(issues: FieldIssue[]): never {
  throw new AppFailure('api.invalid_input', { issues });
}

/** One pass over the year's days for what daysOff() does not give. */
function scanYear(calendar: WorkingCalendar, year: number) {
  const workingWeekends: DayInfo[] = [];
  const provisionalDates: string[] = [];
  for (let d = `${year}-01-01`; yearOf(d) === year; d = addDays(d, 1)) {
    const info = calendar.dayInfo(d);
    if (info.provisional) provisionalDates.push(d);
    if (info.working && isWeekend(d)) workingWeekends.push(info);
  }
  return { workingWeekends, provisionalDates };
}

const oneDay = (date: string) => ({ year: yearOf(date), from: date, to: date });
const wholeYear = (year: number) => ({ year, from: `${year}-01-01`, to: `${year}-12-31` });

const isMove = (c: Change): boolean => c.dueDate !== c.notice.dueDate;

const toMoved = (c: Change): MovedNotice => ({
  noticeId: c.notice.id,
  kind: c.notice.kind,
  stayId: c.notice.stayId,
  surname: c.notice.surname,
  givenNames: c.notice.givenNames,
  room: c.notice.room,
  eventDate: c.notice.eventDate,
  event: c.notice.event,
  dueDate: c.notice.dueDate,
  newDueDate: c.dueDate,
  calendar: c.notice.calendar,
  newCalendar: c.calendar,
});

export function calendarHandlers(deps: ServiceDeps): HandlersFor<CalendarMethods> {
  const { repos } = deps;

  /**
   * The open notices whose deadline (or its provisional mark) differs under `next`, when days in
   * from..to are what changed. Only notices counted across those days can move (issue 12: the
   * whole history took 19 s at a million stays); they come from an index, and each is compared by
   * its due date from the working-day index, without building its trace.
   */
  const changesUnder = (next: WorkingCalendar, from: string, to: string): Change[] => {
    const changes: Change[] = [];
    for (const notice of repos.noticeDue.across(from, to)) {
      try {
        const o = obligationOf(
          notice.rule,
          notice.kind,
          {
            event: notice.event,
            eventDate: notice.eventDate,
            ...(notice.entryDate ? { entryDate: notice.entryDate } : {}),
          },
          next,
          { trace: false },
        );
        if (!o?.due || !o.dueAt || !o.calendar) continue;
        if (o.due !== notice.dueDate || o.calendar !== notice.calendar) {
          changes.push({
            notice: notice as Change['notice'],
            dueDate: o.due,
            dueAt: o.dueAt,
            calendar: o.calendar,
          });
        }
      } catch (e) {
        // A deadline past the engine's last year cannot be recomputed; it keeps its stored date.
        if (!isRulesError(e)) throw e;
      }
    }
    return changes;
  };

  const movesUnder = (next: WorkingCalendar, from: string, to: string): MovedNotice[] =>
    changesUnder(next, from, to).filter(isMove).map(toMoved);

  const checkRange = (date: string): void => {
    const c = deps.calendar.get();
    if (date < c.firstDate || date > c.lastDate) {
      invalid([
        {
          field: 'date',
          code: 'date.out_of_range',
          params: { value: date, from: c.firstDate, to: c.lastDate },
        },
      ]);
    }
  };

  const withoutDate = (date: string): CalendarOverride[] =>
    repos.calendar.list().filter((o) => o.date !== date);

  /** In range, and a real change from the calendar as shipped. */
  const checkOverride = (date: string, working: boolean): void => {
    checkRange(date);
    const stored = repos.calendar.get(date);
    const shipped = (stored ? deps.calendar.build(withoutDate(date)) : deps.calendar.get()).dayInfo(
      date,
    );
    if (shipped.working === working) {
      // Making a working day working (or a day off off) changes nothing: refused, so the list of
      // the owner's changes holds only real ones. A stored change is removed instead.
      invalid([
        {
          field: 'working',
          code: 'calendar.override_no_change',
          params: { date, reason: shipped.reason },
        },
      ]);
    }
  };

  const confirmationView = (c: StoredConfirmation) => ({
    year: c.year,
    source: c.source,
    confirmedBy: c.confirmedBy === null ? null : (repos.staff.get(c.confirmedBy)?.name ?? null),
    confirmedAt: c.confirmedAt,
  });

  const yearView = (calendar: WorkingCalendar, year: number): CalendarYearView => {
    const status = calendar.yearStatus(year);
    const confirmation = deps.calendar.confirmedYears().find((c) => c.year === year);
    const { workingWeekends, provisionalDates } = scanYear(calendar, year);
    const overrides = repos.calendar.list().filter((o) => yearOf(o.date) === year);
    // The day as it would be without the owner's change, so the screen can say what it replaced.
    const shipped = overrides.length ? deps.calendar.build([]) : null;
    return {
      year,
      firstYear: calendar.firstYear,
      lastYear: calendar.lastYear,
      status: status.status,
      origin: status.origin,
      sources: [...status.sources],
      notes: [...status.notes],
      confirmation: confirmation ? confirmationView(confirmation) : null,
      daysOff: calendar.daysOff(year),
      workingWeekends,
      provisionalDates,
      overrides: overrides.map((o) => {
        const base = shipped!.dayInfo(o.date);
        return {
          date: o.date,
          working: o.working,
          source: o.source,
          note: o.note ?? '',
          createdBy: o.createdBy,
          createdAt: o.createdAt,
          shipped: {
            working: base.working,
            reason: base.reason,
            ...(base.params ? { params: base.params } : {}),
          },
        };
      }),
    };
  };

  /**
   * After the stored calendar changed inside this transaction: moves the open deadlines, audits,
   * and only then drops the cached calendar. Nothing reads the cache between the invalidation and
   * the commit; if the commit fails the next read rebuilds from the database, which rolled back.
   */
  const finish = (
    ctx: WriteContext,
    days: { year: number; from: string; to: string },
    audit: { action: AuditAction; entity: string; entityId: string | number; details: object },
  ): CalendarChangeResult => {
    const at = ctx.now().toISOString();
    const next = deps.calendar.build();
    const changes = changesUnder(next, days.from, days.to);
    for (const c of changes) {
      const { id, eventDate, rule } = c.notice;
      repos.noticeDue.setComputed(
        {
          id,
          eventDate,
          rule,
          dueDate: c.dueDate,
          dueAt: c.dueAt,
          calendar: c.calendar,
          rulesVersion: deps.rulesVersion,
        },
        at,
      );
    }
    const moved = changes.filter(isMove).map(toMoved);
    ctx.audit(audit.action, audit.entity, audit.entityId, {
      ...audit.details,
      moved: moved.map((m) => ({ noticeId: m.noticeId, from: m.dueDate, to: m.newDueDate })),
      calendarStatusChanged: changes.filter((c) => !isMove(c)).map((c) => c.notice.id),
    });
    const result = { moved, year: yearView(next, days.year) };
    deps.calendar.invalidate();
    return result;
  };

  const rulesView = (): RulesView => ({
    ruleSets: RULE_SETS.map((r) => ({
      id: r.id,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo ?? null,
      appliesTo: r.appliesTo,
      events: [...r.events],
      tasks: r.tasks.map((t) => ({ kind: t.kind, due: t.due })),
      source: r.source,
    })),
    visaFree90: [...deps.ruleSettings().visaFree90],
    defaultVisaFree90: [...DEFAULT_RULE_SETTINGS.visaFree90],
    stayLimits: stayLimitSettings(deps),
    defaultStayLimits: DEFAULT_STAY_LIMITS,
  });

  return {
    'calendar.year': ({ year }) => yearView(deps.calendar.get(), year),

    'calendar.previewOverride': ({ date, working, source, note }) => {
      checkOverride(date, working);
      // Later entries win in buildCalendar, so the candidate replaces a stored change of the day.
      const candidate = { date, working, source, ...(note ? { note } : {}) };
      return movesUnder(deps.calendar.build([...repos.calendar.list(), candidate]), date, date);
    },

    'calendar.previewRemoval': ({ date }) => {
      if (!repos.calendar.get(date)) throw new AppFailure('not_found');
      return movesUnder(deps.calendar.build(withoutDate(date)), date, date);
    },

    'calendar.saveOverride': ({ date, working, source, note }, ctx) => {
      checkOverride(date, working);
      const before = repos.calendar.get(date);
      const after = { date, working, source, note };
      repos.calendar.upsert(after, ctx.staff.id, ctx.now().toISOString());
      return finish(ctx, oneDay(date), {
        action: 'calendar.override.save',
        entity: 'calendar_override',
        entityId: date,
        details: { before, after },
      });
    },

    'calendar.removeOverride': ({ date }, ctx) => {
      const before = repos.calendar.get(date);
      if (!before) throw new AppFailure('not_found');
      repos.calendar.remove(date);
      return finish(ctx, oneDay(date), {
        action: 'calendar.override.remove',
        entity: 'calendar_override',
        entityId: date,
        details: { before },
      });
    },

    'calendar.confirmYear': ({ year, source }, ctx) => {
      const others = deps.calendar.confirmedYears().filter((c) => c.year !== year);
      const unconfirmed = deps.calendar.build(undefined, others);
      const needs =
        unconfirmed.yearStatus(year).status === 'provisional' ||
        scanYear(unconfirmed, year).provisionalDates.length > 0;
      if (!needs) invalid([{ field: 'year', code: 'calendar.year_not_provisional' }]);
      const entry: StoredConfirmation = {
        year,
        source,
        confirmedBy: ctx.staff.id,
        confirmedAt: ctx.now().toISOString(),
      };
      const before = deps.calendar.confirmedYears().find((c) => c.year === year) ?? null;
      repos.settings.put(
        CONFIRMED_YEARS_KEY,
        [...others, entry].sort((a, b) => a.year - b.year),
      );
      return finish(ctx, wholeYear(year), {
        action: 'calendar.year.confirm',
        entity: 'calendar_year',
        entityId: year,
        details: { before, after: { year, source } },
      });
    },

    'calendar.unconfirmYear': ({ year }, ctx) => {
      const all = deps.calendar.confirmedYears();
      const before = all.find((c) => c.year === year);
      if (!before) throw new AppFailure('not_found');
      repos.settings.put(
        CONFIRMED_YEARS_KEY,
        all.filter((c) => c.year !== year),
      );
      return finish(ctx, wholeYear(year), {
        action: 'calendar.year.unconfirm',
        entity: 'calendar_year',
        entityId: year,
        details: { before },
      });
    },

    'calendar.pastProvisional': (_input, ctx) => ({
      dates: pastProvisionalDays(deps.calendar.get(), kzDateOf(ctx.now())),
    }),

    'calendar.confirmDays': ({ dates, source }, ctx) => {
      const past = new Set(pastProvisionalDays(deps.calendar.get(), kzDateOf(ctx.now())));
      const wanted = [...new Set(dates)].sort();
      const bad = wanted.find((d) => !past.has(d));
      if (bad)
        invalid([
          { field: 'dates', code: 'calendar.day_not_past_provisional', params: { date: bad } },
        ]);
      const confirmedAt = ctx.now().toISOString();
      const added: StoredDayConfirmation[] = wanted.map((date) => ({
        date,
        source,
        confirmedBy: ctx.staff.id,
        confirmedAt,
      }));
      repos.settings.put(CONFIRMED_DAYS_KEY, [...deps.calendar.confirmedDays(), ...added]);
      const from = wanted[0]!;
      const to = wanted[wanted.length - 1]!;
      return finish(
        ctx,
        { year: yearOf(to), from, to },
        {
          action: 'calendar.days.confirm',
          entity: 'calendar_day',
          entityId: from,
          details: { dates: wanted, source },
        },
      );
    },

    'rules.get': () => rulesView(),

    'rules.inputs': () => ({
      overrides: repos.calendar
        .list()
        .map(({ date, working, source }) => ({ date, working, source })),
      confirmedYears: deps.calendar.confirmedYears().map(({ year, source }) => ({ year, source })),
      confirmedDays: deps.calendar.confirmedDays().map((d) => d.date),
      ruleSettings: deps.ruleSettings(),
    }),

    'rules.save': ({ visaFree90 }, ctx) => {
      const before = deps.ruleSettings();
      const after = { ...before, visaFree90: [...new Set(visaFree90)].sort() };
      // Read at each check-in and return (core.ts ruleSettings): notices already created keep
      // the tasks they were given; the new list applies from now on.
      repos.settings.put(RULES_KEY, after);
      ctx.audit('rules.save', 'settings', RULES_KEY, {
        before: before.visaFree90,
        after: after.visaFree90,
      });
      return rulesView();
    },

    'rules.saveStayLimits': (input, ctx) => {
      const before = deps.ruleSettings();
      const stayLimits: StayLimitSettings = {
        ...input,
        visaFree: [...input.visaFree].sort(
          (a, b) =>
            a.citizenship.localeCompare(b.citizenship) ||
            a.effectiveFrom.localeCompare(b.effectiveFrom),
        ),
      };
      // Read at each look (services/stay-limits.ts): nothing is stored per stay, so the new data
      // applies at once to every stay in house.
      repos.settings.put(RULES_KEY, { ...before, stayLimits });
      ctx.audit('rules.save_stay_limits', 'settings', RULES_KEY, {
        before: before.stayLimits ?? DEFAULT_STAY_LIMITS,
        after: stayLimits,
      });
      return rulesView();
    },
  };
}
