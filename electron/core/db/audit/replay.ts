import type Database from 'better-sqlite3';

/**
 * Replays the audit trail against the current state (issue 19): a direct SQL UPDATE on `stays`,
 * `notifications` or `filings` leaves the chain whole but makes a row say something the tables no
 * longer hold. Checked: each stay's room, check-in time, planned departure, departure and status;
 * each notice's filed-or-not; each filing's portal, reference and voiding; and that no notice is
 * filed, and no live filing exists, without a row that says so. A field no row states (an old
 * row's details, a check-in's planned departure) is not compared: the trail cannot vouch for it.
 */
export interface Disagreement {
  /** The audit row whose statement the tables contradict (null: the tables hold what no row says). */
  row: number | null;
  entity: 'stay' | 'notification' | 'filing';
  entityId: number;
  field: string;
  audited: string | null;
  found: string | null;
}

type Claim = [value: string | null, row: number];
type Obj = Record<string, unknown>;

const STAY_STATUS: Record<string, string> = {
  'stay.check_in': 'in_house',
  'stay.absence': 'absent',
  'stay.return': 'in_house',
  'stay.check_out': 'checked_out',
  'stay.cancel': 'cancelled',
};

const FILING_ACTIONS = new Set(['notification.filed', 'notification.accepted_no_pdf']);
const NOTICE_ACTIONS = new Set([
  ...FILING_ACTIONS,
  'notification.filing_corrected',
  'notification.filing_undone',
  'notification.task_done',
]);

const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const text = (v: unknown): string | null | undefined =>
  typeof v === 'string' ? v : v === null ? null : undefined;
// Instants are compared as instants: `…+05:00` and `…Z` spell one moment.
const instant = (v: string | null): string | null => {
  if (v === null) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) || v.length <= 10 ? v : new Date(t).toISOString();
};

export function createReplay() {
  const stays = new Map<number, Map<string, Claim>>();
  const notices = new Map<number, Claim>();
  const filings = new Map<number, { notice: number; fields: Map<string, Claim> }>();
  const recordedNotices = new Set<number>();

  const claim = (m: Map<string, Claim>, field: string, v: unknown, row: number) => {
    const t = text(v);
    if (t !== undefined) m.set(field, [t, row]);
  };
  const stay = (id: number) => stays.get(id) ?? stays.set(id, new Map()).get(id)!;

  return {
    /** Fed every row in id order; only the actions that move stays and notices are parsed. */
    step(row: number, action: string, entityId: string | null, details: string): void {
      const id = Number(entityId);
      if (!Number.isSafeInteger(id)) return;
      if (action.startsWith('stay.')) {
        const d = obj(JSON.parse(details));
        const s = stay(id);
        if (STAY_STATUS[action]) s.set('status', [STAY_STATUS[action], row]);
        if (action === 'stay.check_in') {
          claim(s, 'room', d.room, row);
          claim(s, 'check_in_at', d.checkInAt, row);
        } else if (action === 'stay.room_change') claim(s, 'room', d.to, row);
        else if (action === 'stay.extend') claim(s, 'planned_check_out', d.to, row);
        else if (action === 'stay.check_out') claim(s, 'checked_out_at', d.at, row);
        else if (action === 'stay.edit') {
          const after = obj(d.after);
          claim(s, 'check_in_at', after.checkInAt, row);
          claim(s, 'planned_check_out', after.plannedCheckOut, row);
        }
        return;
      }
      if (!NOTICE_ACTIONS.has(action)) return;
      const d = obj(JSON.parse(details));
      const filingId = typeof d.filingId === 'number' ? d.filingId : null;
      if (FILING_ACTIONS.has(action)) {
        recordedNotices.add(id);
        notices.set(id, [action === 'notification.filed' ? 'filed' : 'pending', row]);
        if (filingId !== null) {
          const fields = new Map<string, Claim>([['voided', ['no', row]]]);
          claim(fields, 'portal', d.portal, row);
          claim(fields, 'reference', d.reference, row);
          filings.set(filingId, { notice: id, fields });
        }
      } else if (action === 'notification.task_done') {
        notices.set(id, ['filed', row]);
      } else if (filingId !== null && filings.has(filingId)) {
        const f = filings.get(filingId)!;
        if (action === 'notification.filing_undone') {
          f.fields.set('voided', ['yes', row]);
          notices.set(id, ['pending', row]);
        } else {
          const after = obj(d.after);
          claim(f.fields, 'portal', after.portal, row);
          claim(f.fields, 'reference', after.reference, row);
        }
      } else if (action === 'notification.filing_undone') notices.set(id, ['pending', row]);
    },

    /** The first disagreement (by the row that states it; unrecorded state last), or null. */
    compare(db: Database.Database): Disagreement | null {
      let first: Disagreement | null = null;
      const note = (d: Disagreement) => {
        if (!first || (d.row !== null && (first.row === null || d.row < first.row))) first = d;
      };
      const check = (
        entity: Disagreement['entity'],
        entityId: number,
        claims: Map<string, Claim>,
        found: Record<string, string | null>,
      ) => {
        for (const [field, [value, row]] of claims) {
          const now = field in found ? found[field]! : null;
          if (instant(value) !== instant(now))
            note({ row, entity, entityId, field, audited: value, found: now });
        }
      };
      const stayRows = db.prepare(
        `SELECT id, room, check_in_at, planned_check_out, checked_out_at, status FROM stays`,
      );
      for (const s of stayRows.iterate() as IterableIterator<
        Record<string, string | null> & { id: number }
      >) {
        const claims = stays.get(s.id);
        if (claims) check('stay', s.id, claims, s);
      }
      const noticeRows = db.prepare('SELECT id, state FROM notifications');
      for (const n of noticeRows.iterate() as IterableIterator<{ id: number; state: string }>) {
        const [value, row] = notices.get(n.id) ?? [null, null];
        // Filed only as the last filing row says; pending may since have been cancelled.
        if ((n.state === 'filed') !== (value === 'filed'))
          note({
            row,
            entity: 'notification',
            entityId: n.id,
            field: 'state',
            audited: value,
            found: n.state,
          });
      }
      const filingRows = db.prepare(
        `SELECT id, notification_id, portal, reference,
           CASE WHEN voided_at IS NULL THEN 'no' ELSE 'yes' END AS voided FROM filings`,
      );
      const seen = new Set<number>();
      for (const f of filingRows.iterate() as IterableIterator<
        Record<string, string | null> & { id: number; notification_id: number }
      >) {
        seen.add(f.id);
        const known = filings.get(f.id);
        if (known) check('filing', f.id, known.fields, f);
        else if (f.voided === 'no' && !recordedNotices.has(f.notification_id))
          note({
            row: null,
            entity: 'filing',
            entityId: f.id,
            field: 'reference',
            audited: null,
            found: f.reference ?? null,
          });
      }
      for (const [id, f] of filings) {
        if (!seen.has(id)) {
          const [, row] = f.fields.get('voided')!;
          note({
            row,
            entity: 'filing',
            entityId: id,
            field: 'id',
            audited: String(id),
            found: null,
          });
        }
      }
      return first;
    },
  };
}
export type Replay = ReturnType<typeof createReplay>;
