import type { CalendarStatus, TaskKind } from '../../../../shared/rules';
import type { Db } from '../connection';

export type NotificationState = 'pending' | 'filed' | 'cancelled';

export interface NotificationRecord {
  id: number;
  stayId: number;
  eventId: number;
  kind: TaskKind;
  eventDate: string;
  dueDate: string | null;
  dueAt: string | null;
  calendar: CalendarStatus | null;
  rule: string;
  state: NotificationState;
  /** The arrival or return that started this notice's clock. */
  event: 'check_in' | 'return';
}

interface Row {
  id: number;
  stay_id: number;
  event_id: number;
  kind: TaskKind;
  event_date: string;
  due_date: string | null;
  due_at: string | null;
  calendar_status: CalendarStatus | null;
  rule: string;
  state: NotificationState;
  event_kind: 'check_in' | 'return';
}

const toRecord = (r: Row): NotificationRecord => ({
  id: r.id,
  stayId: r.stay_id,
  eventId: r.event_id,
  kind: r.kind,
  eventDate: r.event_date,
  dueDate: r.due_date,
  dueAt: r.due_at,
  calendar: r.calendar_status,
  rule: r.rule,
  state: r.state,
  event: r.event_kind,
});

export type NewNotification = Omit<NotificationRecord, 'id' | 'state'> & {
  /** The edition of the rules data it was computed with (shared/rules RULES_DATA_VERSION). */
  rulesVersion: number;
};

/** One row per notice or task owed, with its deadline and state. */
export function createNotificationRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO notifications (stay_id, event_id, kind, event_date, due_date, due_at,
       calendar_status, rule, state, created_at, updated_at, rules_version)
     VALUES (@stayId, @eventId, @kind, @eventDate, @dueDate, @dueAt, @calendar, @rule, 'pending',
       @at, @at, @rulesVersion) RETURNING *`,
  );
  // Every read carries the kind of event (arrival or return) that started the notice's clock.
  const SELECT =
    'SELECT n.*, e.kind AS event_kind FROM notifications n JOIN stay_events e ON e.id = n.event_id';
  const byId = db.prepare(`${SELECT} WHERE n.id = ?`);
  const ofStay = db.prepare(`${SELECT} WHERE n.stay_id = ? ORDER BY n.event_date, n.id`);
  const ofActiveStays = db.prepare(
    `${SELECT} JOIN stays s ON s.id = n.stay_id
     WHERE s.status IN ('in_house', 'absent') AND n.state != 'cancelled'
     ORDER BY n.stay_id, n.event_date, n.id`,
  );
  const pendingWithDue = db.prepare(
    `${SELECT} WHERE n.state = 'pending' AND n.due_date IS NOT NULL ORDER BY n.due_date`,
  );
  const setDue = db.prepare(
    `UPDATE notifications SET event_date = @eventDate, due_date = @dueDate, due_at = @dueAt,
       calendar_status = @calendar, rule = @rule, updated_at = @at WHERE id = @id`,
  );
  const setState = db.prepare('UPDATE notifications SET state = ?, updated_at = ? WHERE id = ?');
  return {
    /** The notice as stored; `event` is the kind of the event row `eventId` names. */
    insert: ({ event, ...n }: NewNotification, at: string): NotificationRecord =>
      toRecord({ ...(insert.get({ ...n, at }) as Omit<Row, 'event_kind'>), event_kind: event }),
    get: (id: number): NotificationRecord | null => {
      const r = byId.get(id) as Row | undefined;
      return r ? toRecord(r) : null;
    },
    ofStay: (stayId: number): NotificationRecord[] => (ofStay.all(stayId) as Row[]).map(toRecord),
    ofActiveStays: (): NotificationRecord[] => (ofActiveStays.all() as Row[]).map(toRecord),
    pendingWithDue: (): NotificationRecord[] => (pendingWithDue.all() as Row[]).map(toRecord),
    setDue: (n: NotificationRecord, at: string): void => {
      setDue.run({ ...n, at });
    },
    setState: (id: number, state: NotificationState, at: string): void => {
      setState.run(state, at, id);
    },
  };
}
export type NotificationRepo = ReturnType<typeof createNotificationRepo>;
