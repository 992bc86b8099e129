import type { NoticeDetail, NoticeView } from '../../../shared/contract';
import { isKnownCitizenship } from '../../../shared/documents/countries';
import {
  computeDeadline,
  deadlineStatus,
  obligationsFor,
  type ObligationEvent,
  type WorkingCalendar,
} from '../../../shared/rules';
import type { NotificationRecord } from '../db/repos/notification-repo';
import type { ServiceDeps } from './deps';

/** How a stored notice looks to the UI at `now`: its status is computed, never stored. */
/**
 * Deadline statuses at `now`, each deadline's computed once: a list of hundreds of notices shares
 * a handful of deadlines, and each status walks the working calendar.
 */
export function deadlineStatuses(calendar: WorkingCalendar, now: Date) {
  const seen = new Map<string, ReturnType<typeof deadlineStatus>>();
  return (dueDate: string) => {
    let status = seen.get(dueDate);
    if (!status) seen.set(dueDate, (status = deadlineStatus(calendar, dueDate, now)));
    return status;
  };
}

export function noticeView(
  n: NotificationRecord,
  calendar: WorkingCalendar,
  now: Date,
  statusOf: (dueDate: string) => ReturnType<typeof deadlineStatus> = (d) =>
    deadlineStatus(calendar, d, now),
): NoticeView {
  return {
    id: n.id,
    kind: n.kind,
    state: n.state,
    event: n.event,
    eventDate: n.eventDate,
    dueDate: n.dueDate,
    dueAt: n.dueAt,
    calendar: n.calendar,
    rule: n.rule,
    status: n.state === 'pending' && n.dueDate ? statusOf(n.dueDate) : null,
  };
}

/** With the working-day trace of a host's notice, so the deadline is always explainable. */
export function noticeDetail(
  n: NotificationRecord,
  calendar: WorkingCalendar,
  now: Date,
): NoticeDetail {
  const trace = n.kind === 'host_notice' ? computeDeadline(calendar, n.eventDate).trace : [];
  return { ...noticeView(n, calendar, now), trace };
}

interface EventFacts {
  stayId: number;
  eventId: number;
  event: ObligationEvent;
  eventDate: string;
  citizenship: string;
  entryDate: string | null;
  /** For order 923's threshold when the owner set one (rules data stayLimits). */
  plannedCheckOut?: string | null;
}

/** What the rules engine says is owed for one arrival or return. */
export function owed(deps: ServiceDeps, f: Omit<EventFacts, 'stayId' | 'eventId'>) {
  return obligationsFor(
    {
      event: f.event,
      eventDate: f.eventDate,
      citizenship: f.citizenship,
      ...(f.entryDate ? { entryDate: f.entryDate } : {}),
      plannedCheckOut: f.plannedCheckOut ?? null,
      ruleSettings: deps.ruleSettings(),
    },
    deps.calendar.get(),
    // Stored notices keep the due date, not the day-by-day trace: a stay's detail recomputes
    // the trace when it is shown.
    { isKnownCitizenship, trace: false },
  );
}

/** Creates the notices owed for an event, returned as stored; runs inside the caller's transaction. */
export function createNotices(deps: ServiceDeps, f: EventFacts, at: string): NotificationRecord[] {
  return owed(deps, f).map((o) =>
    deps.repos.notifications.insert(
      {
        stayId: f.stayId,
        eventId: f.eventId,
        event: f.event,
        kind: o.kind,
        eventDate: f.eventDate,
        dueDate: o.due ?? null,
        dueAt: o.dueAt ?? null,
        calendar: o.calendar ?? null,
        rule: o.rule,
        rulesVersion: deps.rulesVersion,
      },
      at,
    ),
  );
}

/**
 * After an edit of what deadlines depend on (arrival date, citizenship, entry date): pending
 * notices of the event are moved, newly owed ones created, no longer owed ones cancelled.
 * Filed notices are history and stay as they were.
 */
export function recomputeNotices(
  deps: ServiceDeps,
  f: EventFacts,
  at: string,
): { changed: number } {
  const existing = deps.repos.notifications.ofStay(f.stayId).filter((n) => n.eventId === f.eventId);
  const now = owed(deps, f);
  let changed = 0;
  for (const o of now) {
    const match = existing.find((n) => n.kind === o.kind && n.state !== 'cancelled');
    const next = {
      eventDate: f.eventDate,
      dueDate: o.due ?? null,
      dueAt: o.dueAt ?? null,
      calendar: o.calendar ?? null,
      rule: o.rule,
    };
    if (!match) {
      deps.repos.notifications.insert(
        {
          stayId: f.stayId,
          eventId: f.eventId,
          event: f.event,
          kind: o.kind,
          ...next,
          rulesVersion: deps.rulesVersion,
        },
        at,
      );
      changed += 1;
    } else if (match.state === 'pending') {
      // Every computed field, not the date alone: the same date can rest on a provisional day
      // under one arrival and only on confirmed ones under another.
      const differs = (Object.keys(next) as (keyof typeof next)[]).some(
        (k) => match[k] !== next[k],
      );
      if (differs) {
        deps.repos.noticeDue.setComputed(
          { id: match.id, ...next, rulesVersion: deps.rulesVersion },
          at,
        );
        changed += 1;
      }
    }
  }
  for (const n of existing) {
    if (n.state === 'pending' && !now.some((o) => o.kind === n.kind)) {
      deps.repos.notifications.setState(n.id, 'cancelled', at);
      changed += 1;
    }
  }
  return { changed };
}
