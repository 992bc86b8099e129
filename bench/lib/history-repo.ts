// Bench only: the SQL that extends a history built through the API to years of the same shape.
// Each copy of the template (the stays the API wrote, with their guests, documents, events,
// notices and audit rows) is shifted back in time and renumbered; older copies are checked out
// and their notices filed (some late). Every fifth guest comes back: a returning guest's row is
// written once per RETURNS copies and the next RETURNS - 1 copies point their stays at it, so a
// returning guest has a handful of stays, as at a real desk (not one stay in every copy). Copied
// guests get a per-copy surname: ten years of a hotel do not hold thousands of people sharing a
// surname and a birth date.
//
// The audit trail is appended, not copied: each copy's rows (its check-ins, shifted with their
// stays, then a check-out for each stay it checks out and a filing for each notice it files, as
// the desk would have recorded them) are chained row by row with the audit module's own hash and
// MAC (electron/core/db/audit/), so the history's chain holds, and says what its tables hold
// (`audit-verify` replays it), as a real desk's would.
import type Database from 'better-sqlite3';
import { rowMac } from '../../electron/core/db/audit/anchor';
import {
  GENESIS,
  canonicalJson,
  rowHash,
  type ChainedRow,
} from '../../electron/core/db/audit/canonical';

type Db = Database.Database;

/** Stays per returning guest. */
const RETURNS = 4;

const DATE_COLUMNS = /(^at$|_at$|_date$|^planned_check_out$|^filed_at$)/;
const REFS: Record<string, string> = {
  guest_id: 'guests',
  on_document_of: 'guests',
  document_id: 'documents',
  stay_id: 'stays',
  event_id: 'stay_events',
  notification_id: 'notifications',
};
const TABLES = ['guests', 'documents', 'stays', 'stay_events', 'notifications'];
/** The chained columns of a template audit row, as the copy reads them (ids renumbered). */
const AUDIT_COLUMNS = ['at', 'staff_id', 'action', 'entity', 'entity_id', 'guest_id', 'details'];

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

function shifted(col: string): string {
  return `CASE WHEN ${col} IS NULL THEN NULL WHEN length(${col}) = 10 THEN date(${col}, @shift)
    ELSE strftime('%Y-%m-%dT%H:%M:%fZ', ${col}, @shift) END`;
}

function expression(table: string, col: string): string {
  if (col === 'id') return `id + @off_${table}`;
  const ref = REFS[col];
  if (ref === 'guests' || ref === 'documents') {
    // A child on a parent's document returns with the parent, not with its own guest number.
    const owner = col === 'on_document_of' ? col : 'guest_id';
    return `CASE WHEN ${col} IS NULL THEN NULL WHEN ${owner} % 5 = 0 THEN ${col} + @base_${ref}
      ELSE ${col} + @off_${ref} END`;
  }
  if (table === 'guests' && col === 'surname') return `surname || 'X' || @copy`;
  if (ref) return `${col} + @off_${ref}`;
  if (table === 'documents' && col === 'number') return `number || 'H' || @copy`;
  if (table === 'stays' && col === 'group_id') return `group_id || '-' || @copy`;
  if (table === 'stays' && col === 'status')
    return `CASE WHEN status IN ('in_house', 'absent') THEN 'checked_out' ELSE status END`;
  if (table === 'stays' && col === 'checked_out_at')
    return `strftime('%Y-%m-%dT%H:%M:%fZ', check_in_at, @shift, '+3 days')`;
  if (table === 'notifications' && col === 'state')
    return `CASE WHEN state = 'pending' THEN 'filed' ELSE state END`;
  if (table === 'notifications' && col === 'filing_state')
    return `CASE WHEN state = 'cancelled' THEN filing_state ELSE 'proven' END`;
  if (DATE_COLUMNS.test(col)) return shifted(col);
  return col;
}

export interface Template {
  maxId: Record<string, number>;
}

type AuditRow = [
  id: number,
  at: string,
  staffId: number | null,
  action: string,
  entity: string,
  entityId: string | null,
  guestId: number | null,
  details: string,
  personal: string | null,
];

/** An instant `days` days earlier, as ISO text: the same instant the copied stay was moved to. */
const earlier = (value: string, days: number): string =>
  new Date(Date.parse(value) - days * 86_400_000).toISOString();

/**
 * Appends rows to the chain in bulk, inside the caller's transaction: each row's hash over the
 * previous one's and its MAC under the folder's key, by the functions the app's appender and
 * verifier use. `key` null: the file was made before keys (rows carry no MAC).
 */
function createChainWriter(db: Db, key: Buffer | null) {
  const insert = db.prepare(
    `INSERT INTO audit_log
       (id, at, staff_id, action, entity, entity_id, guest_id, details, personal_sha256, hash, mac)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const beside = db.prepare(
    `INSERT INTO audit_personal (audit_id, guest_id, salt, data)
     SELECT ?, ?, salt, data FROM audit_personal WHERE audit_id = ?`,
  );
  const head = (db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined) ?? { id: 0, hash: GENESIS };
  return {
    /** `copyOf`: the row whose personal data (kept beside, under its commitment) this one repeats. */
    append(row: Omit<ChainedRow, 'id'>, copyOf: number | null = null) {
      const id = head.id + 1;
      const hash = rowHash(head.hash, { id, ...row });
      insert.run(
        id,
        row.at,
        row.staffId,
        row.action,
        row.entity,
        row.entityId,
        row.guestId,
        row.details,
        row.personal,
        hash,
        key ? rowMac(key, hash) : null,
      );
      if (row.personal !== null && copyOf !== null) beside.run(id, row.guestId, copyOf);
      head.id = id;
      head.hash = hash;
    },
  };
}

export function createHistoryRepo(db: Db, key: Buffer | null = null) {
  const maxId = (table: string) =>
    (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
  const template: Record<string, number> = Object.fromEntries(
    [...TABLES, 'audit_log'].map((t) => [t, maxId(t)]),
  );
  // A returning guest's row and documents are copied only in the copy that starts its run.
  const copies = TABLES.map((table) => {
    const cols = columns(db, table);
    const where =
      table === 'guests' || table === 'documents'
        ? `WHERE id <= @max AND (${table === 'guests' ? 'id' : 'guest_id'} % 5 <> 0 OR @first = 1)`
        : 'WHERE id <= @max';
    return {
      table,
      insert: db.prepare(
        `INSERT INTO ${table} (${cols.join(', ')})
         SELECT ${cols.map((c) => expression(table, c)).join(', ')} FROM ${table} ${where}`,
      ),
      params: new Set(
        [where, ...cols.map((c) => expression(table, c))].flatMap((sql) =>
          (sql.match(/@\w+/g) ?? []).map((p) => p.slice(1)),
        ),
      ),
    };
  });
  const chain = createChainWriter(db, key);
  const templateAudit = db
    .prepare(
      `SELECT id, ${AUDIT_COLUMNS.map((c) => expression('audit_log', c)).join(', ')},
         personal_sha256
       FROM audit_log WHERE id <= @max ORDER BY id`,
    )
    .raw();
  // The stays a copy checks out (in house or away in the template), with their departure.
  const checkedOut = db.prepare(
    `SELECT c.id, c.guest_id AS guestId, c.checked_out_at AS at
     FROM stays t JOIN stays c ON c.id = t.id + @off
     WHERE t.id <= @max AND t.status IN ('in_house', 'absent') ORDER BY c.id`,
  );
  // The filings a copy made, as the filing service records them.
  const filed = db.prepare(
    `SELECT f.id, f.notification_id AS noticeId, f.filed_at AS filedAt, f.filed_by AS filedBy,
       f.reference, f.late_working_days AS late, s.guest_id AS guestId
     FROM filings f JOIN notifications n ON n.id = f.notification_id
     JOIN stays s ON s.id = n.stay_id
     WHERE f.id > @after ORDER BY f.id`,
  );
  const lastFiling = db.prepare('SELECT coalesce(max(id), 0) FROM filings').pluck();
  const fileCopy = db.prepare(
    `INSERT INTO filings (notification_id, portal, filed_at, filed_by, reference, created_at,
       outcome, late_working_days)
     SELECT id, 'eqonaq', coalesce(due_at, updated_at), 1, 'EQ' || id, updated_at, 'filed',
       CASE WHEN id % 12 = 0 THEN 1 ELSE 0 END
     FROM notifications WHERE id > @from AND id <= @to AND kind = 'host_notice'`,
  );
  return {
    template,
    /** Copy k (1-based) of the template, `days` days before it. */
    copy(k: number, days: number) {
      const params: Record<string, number | string> = {
        copy: k,
        shift: `-${days} days`,
        max: 0,
      };
      const base = k - (k % RETURNS);
      params.first = k % RETURNS === 0 ? 1 : 0;
      for (const t of TABLES) {
        params[`off_${t}`] = k * template[t]!;
        params[`base_${t}`] = base * template[t]!;
      }
      const from = k * template.notifications!;
      for (const c of copies) {
        const p: Record<string, number | string> = { max: template[c.table]! };
        for (const name of c.params) if (name !== 'max') p[name] = params[name]!;
        c.insert.run(p);
      }
      const after = lastFiling.get() as number;
      fileCopy.run({ from, to: from + template.notifications! });
      // The trail of the copy: its template rows, moved in time with the stays they name...
      const off = params.off_stays as number;
      const rows = templateAudit.all({
        max: template.audit_log!,
        shift: params.shift!,
        off_guests: params.off_guests!,
        base_guests: params.base_guests!,
      }) as AuditRow[];
      for (const [id, at, staffId, action, entity, entityId, guestId, details, personal] of rows) {
        let moved = details;
        if (action === 'stay.check_in') {
          const d = JSON.parse(details) as Record<string, unknown>;
          if (typeof d.checkInAt === 'string') d.checkInAt = earlier(d.checkInAt, days);
          moved = canonicalJson(d);
        }
        chain.append(
          {
            at,
            staffId,
            action,
            entity,
            entityId:
              entity === 'stay' && entityId !== null ? String(Number(entityId) + off) : entityId,
            guestId,
            details: moved,
            personal,
          },
          id,
        );
      }
      // ...then each departure and each filing the copy's tables hold.
      for (const s of checkedOut.all({ off, max: template.stays! }) as Array<{
        id: number;
        guestId: number;
        at: string;
      }>) {
        chain.append({
          at: s.at,
          staffId: 1,
          action: 'stay.check_out',
          entity: 'stay',
          entityId: String(s.id),
          guestId: s.guestId,
          details: canonicalJson({ at: s.at }),
          personal: null,
        });
      }
      for (const f of filed.all({ after }) as Array<{
        id: number;
        noticeId: number;
        filedAt: string;
        filedBy: number | null;
        reference: string;
        late: number | null;
        guestId: number;
      }>) {
        chain.append({
          at: f.filedAt,
          staffId: f.filedBy,
          action: 'notification.filed',
          entity: 'notification',
          entityId: String(f.noticeId),
          guestId: f.guestId,
          details: canonicalJson({
            filingId: f.id,
            portal: 'eqonaq',
            filedAt: f.filedAt,
            filedBy: f.filedBy,
            reference: f.reference,
            onTime: f.late === null ? null : f.late === 0,
            lateWorkingDays: f.late,
          }),
          personal: null,
        });
      }
    },
    transaction: <T>(fn: () => T) => db.transaction(fn)(),
    count: (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    /** The worst case for a calendar change: every notice of history still pending. */
    allPending: () =>
      db.transaction(() => {
        db.exec(
          'CREATE TEMP TABLE IF NOT EXISTS bench_states (id INTEGER PRIMARY KEY, state TEXT)',
        );
        db.exec('INSERT OR REPLACE INTO bench_states SELECT id, state FROM notifications');
        return db.prepare(`UPDATE notifications SET state = 'pending'`).run().changes;
      })(),
    restoreStates: () =>
      db.transaction(() => {
        db.exec(`UPDATE notifications SET state = s.state FROM bench_states s
          WHERE s.id = notifications.id AND notifications.state != s.state`);
        db.exec('DELETE FROM bench_states');
      })(),
  };
}
