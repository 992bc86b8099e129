import type { MovedDeadline } from '../../../shared/contract';
import { isRulesError, obligationOf } from '../../../shared/rules';
import type { OpenNotice } from '../db/repos/notice-due-repo';
import { writeTransaction } from '../db/connection';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

/** Settings key of the moves the desk has not dismissed yet. */
export const MOVED_DEADLINES_KEY = 'deadlines.movedByUpdate';

interface StoredMove {
  noticeId: number;
  from: string | null;
  to: string | null;
  at: string;
}

/** The notice's due date and mark under the data in use, or null when no longer owed. */
function recompute(deps: ServiceDeps, n: OpenNotice) {
  const o = obligationOf(
    n.rule,
    n.kind,
    { event: n.event, eventDate: n.eventDate, ...(n.entryDate ? { entryDate: n.entryDate } : {}) },
    deps.calendar.get(),
    { trace: false },
  );
  return o && { dueDate: o.due ?? null, dueAt: o.dueAt ?? null, calendar: o.calendar ?? null };
}

/** Moves not yet dismissed plus new ones; a notice moved twice keeps its first date. */
function mergeMoves(before: readonly StoredMove[], added: readonly StoredMove[]): StoredMove[] {
  const byNotice = new Map(before.map((m) => [m.noticeId, m]));
  for (const m of added) {
    const prior = byNotice.get(m.noticeId);
    byNotice.set(m.noticeId, prior ? { ...m, from: prior.from } : m);
  }
  return [...byNotice.values()].filter((m) => m.from !== m.to);
}

/**
 * At start: every open notice computed with an older edition of the calendar and rules data is
 * recomputed with the data that ships now, in one audited transaction, and the moves are kept for
 * the desk's banner. Precedent: the Ministry's 2024 transfer published on 17 April moved the
 * deadline of 2 May arrivals from 6 to 4 May; saved notices must follow such an update.
 * Filed and cancelled notices are history and keep their dates.
 */
export function applyRulesUpdate(deps: ServiceDeps, at: string): { recomputed: number } {
  const { repos, rulesVersion } = deps;
  // Almost every start: nothing older, and no write transaction is begun.
  if (!repos.noticeDue.anyOlder(rulesVersion)) return { recomputed: 0 };
  return writeTransaction(deps.db, () => {
    const stale = repos.noticeDue.olderThan(rulesVersion);
    // Another process on the same file did it while this one waited for the write lock.
    if (stale.length === 0) return { recomputed: 0 };
    const moved: StoredMove[] = [];
    const calendarStatusChanged: number[] = [];
    const cancelled: number[] = [];
    for (const n of stale) {
      let next;
      try {
        next = recompute(deps, n);
      } catch (e) {
        // Dates the engine cannot place (past its last year): the stored date stays.
        if (!isRulesError(e)) throw e;
        continue;
      }
      if (next === null) {
        // E.g. the order No. 923 tasks an older Tirkeu repeated on a return after an absence.
        repos.notifications.setState(n.id, 'cancelled', at);
        cancelled.push(n.id);
        continue;
      }
      if (next.dueDate === n.dueDate && next.dueAt === n.dueAt && next.calendar === n.calendar) {
        continue;
      }
      repos.noticeDue.setComputed(
        { id: n.id, eventDate: n.eventDate, rule: n.rule, ...next, rulesVersion },
        at,
      );
      if (next.dueDate !== n.dueDate) {
        moved.push({ noticeId: n.id, from: n.dueDate, to: next.dueDate, at });
      } else calendarStatusChanged.push(n.id);
    }
    repos.noticeDue.stampOlder(rulesVersion);
    repos.audit.record(at, null, 'rules_data.update', 'rules_data', String(rulesVersion), {
      recomputed: stale.length,
      moved: moved.map(({ noticeId, from, to }) => ({ noticeId, from, to })),
      calendarStatusChanged,
      cancelled,
    });
    if (moved.length) {
      const before = repos.settings.get<StoredMove[]>(MOVED_DEADLINES_KEY) ?? [];
      repos.settings.put(MOVED_DEADLINES_KEY, mergeMoves(before, moved));
    }
    return { recomputed: stale.length };
  });
}

export function deadlinesHandlers(
  deps: ServiceDeps,
): HandlersFor<'deadlines.moved' | 'deadlines.dismissMoved'> {
  const { repos } = deps;
  return {
    'deadlines.moved': () => {
      const stored = repos.settings.get<StoredMove[]>(MOVED_DEADLINES_KEY) ?? [];
      const open = new Map(
        repos.noticeDue.openByIds(stored.map((m) => m.noticeId)).map((n) => [n.id, n]),
      );
      const list: MovedDeadline[] = [];
      for (const m of stored) {
        // Filed or cancelled since: nothing left to tell.
        const n = open.get(m.noticeId);
        if (!n) continue;
        list.push({
          noticeId: n.id,
          stayId: n.stayId,
          kind: n.kind,
          surname: n.surname,
          givenNames: n.givenNames,
          room: n.room,
          eventDate: n.eventDate,
          from: m.from,
          to: m.to,
          movedAt: m.at,
        });
      }
      // Earliest new date first: the one the desk must act on soonest.
      return list.sort(
        (a, b) => (a.to ?? '9999').localeCompare(b.to ?? '9999') || a.noticeId - b.noticeId,
      );
    },
    'deadlines.dismissMoved': (_input, ctx) => {
      const before = repos.settings.get<StoredMove[]>(MOVED_DEADLINES_KEY) ?? [];
      repos.settings.put(MOVED_DEADLINES_KEY, []);
      ctx.audit('deadlines.moved.dismiss', 'settings', MOVED_DEADLINES_KEY, {
        notices: before.map((m) => m.noticeId),
      });
      return [];
    },
  };
}
