import type { CalendarStatus, ObligationEvent, TaskKind } from '../../../../shared/rules';
import type { Db } from '../connection';

/** An open notice with what its due date is computed from, and whom it is for. */
export interface OpenNotice {
  id: number;
  stayId: number;
  kind: TaskKind;
  rule: string;
  event: ObligationEvent;
  eventDate: string;
  dueDate: string | null;
  dueAt: string | null;
  calendar: CalendarStatus | null;
  /** The guest's entry into Kazakhstan, as the stay records it. */
  entryDate: string | null;
  room: string;
  surname: string;
  givenNames: string;
}

interface Row {
  id: number;
  stay_id: number;
  kind: TaskKind;
  rule: string;
  event_kind: ObligationEvent;
  event_date: string;
  due_date: string | null;
  due_at: string | null;
  calendar_status: CalendarStatus | null;
  entry_date: string | null;
  room: string;
  surname: string;
  given_names: string;
}

const toOpen = (r: Row): OpenNotice => ({
  id: r.id,
  stayId: r.stay_id,
  kind: r.kind,
  rule: r.rule,
  event: r.event_kind,
  eventDate: r.event_date,
  dueDate: r.due_date,
  dueAt: r.due_at,
  calendar: r.calendar_status,
  entryDate: r.entry_date,
  room: r.room,
  surname: r.surname,
  givenNames: r.given_names,
});

export interface ComputedDue {
  id: number;
  eventDate: string;
  rule: string;
  dueDate: string | null;
  dueAt: string | null;
  calendar: CalendarStatus | null;
  rulesVersion: number;
}

/**
 * Due dates of open notices as the rules data and the calendar change: which ones a change can
 * move, found by index, and their recomputed dates written back with the data edition used.
 */
export function createNoticeDueRepo(db: Db) {
  const select = (index = '') => `SELECT n.id, n.stay_id, n.kind, n.rule, e.kind AS event_kind,
       n.event_date, n.due_date, n.due_at, n.calendar_status, s.entry_date, s.room, g.surname,
       g.given_names
     FROM notifications n ${index} JOIN stay_events e ON e.id = n.event_id
     JOIN stays s ON s.id = n.stay_id JOIN guests g ON g.id = s.guest_id`;
  // The partial indexes of migration 0002, named: without statistics SQLite prefers
  // notifications_by_state (state = 'pending'), which walks every open notice of history (135 ms
  // at 100k just to learn that none is older). `state = 'pending'` is spelled out so they apply.
  const byVersion = 'INDEXED BY notifications_pending_by_rules_version';
  // No guest names here: the refresh reads every open notice of an older edition, and the
  // banner looks names up for the few that moved.
  const olderThan = db.prepare(
    `SELECT n.id, n.stay_id, n.kind, n.rule, e.kind AS event_kind, n.event_date, n.due_date,
       n.due_at, n.calendar_status, s.entry_date, s.room, '' AS surname, '' AS given_names
     FROM notifications n ${byVersion} JOIN stay_events e ON e.id = n.event_id
     JOIN stays s ON s.id = n.stay_id
     WHERE n.state = 'pending' AND n.rules_version < ?`,
  );
  const anyOlder = db.prepare(
    `SELECT 1 FROM notifications ${byVersion} WHERE state = 'pending' AND rules_version < ? LIMIT 1`,
  );
  const across = db.prepare(
    `${select('INDEXED BY notifications_pending_window')}
     WHERE n.state = 'pending' AND n.due_date >= @from AND n.event_date <= @to
     ORDER BY n.due_date, n.id`,
  );
  const openByIds = db.prepare(
    `${select()} WHERE n.state = 'pending' AND n.id IN (SELECT value FROM json_each(?))`,
  );
  const setComputed = db.prepare(
    `UPDATE notifications SET event_date = @eventDate, due_date = @dueDate, due_at = @dueAt,
       calendar_status = @calendar, rule = @rule, rules_version = @rulesVersion, updated_at = @at
     WHERE id = @id`,
  );
  const stampOlder = db.prepare(
    `UPDATE notifications SET rules_version = @version
     WHERE state = 'pending' AND rules_version < @version`,
  );
  return {
    /** Open notices computed with an older edition of the rules data (without guest names). */
    olderThan: (version: number): OpenNotice[] => (olderThan.all(version) as Row[]).map(toOpen),
    anyOlder: (version: number): boolean => anyOlder.get(version) !== undefined,
    /**
     * Open notices whose counted days cross from..to: due on or after `from`, counted from on or
     * before `to`. Only these can move when a day in from..to changes.
     */
    across: (from: string, to: string): OpenNotice[] =>
      (across.all({ from, to }) as Row[]).map(toOpen),
    /** The ones of `ids` still open. */
    openByIds: (ids: readonly number[]): OpenNotice[] =>
      (openByIds.all(JSON.stringify(ids)) as Row[]).map(toOpen),
    setComputed: (c: ComputedDue, at: string): void => {
      setComputed.run({ ...c, at });
    },
    /** Marks every open notice of an older edition as computed with `version`. */
    stampOlder: (version: number): number => stampOlder.run({ version }).changes,
  };
}
export type NoticeDueRepo = ReturnType<typeof createNoticeDueRepo>;
