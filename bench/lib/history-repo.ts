// Bench only: the SQL that extends a history built through the API to years of the same shape.
// Each copy of the template (the stays the API wrote, with their guests, documents, events,
// notices and audit rows) is shifted back in time and renumbered; older copies are checked out
// and their notices filed (some late). Every fifth guest comes back: a returning guest's row is
// written once per RETURNS copies and the next RETURNS - 1 copies point their stays at it, so a
// returning guest has a handful of stays, as at a real desk (not one stay in every copy). Copied
// guests get a per-copy surname: ten years of a hotel do not hold thousands of people sharing a
// surname and a birth date.
import type Database from 'better-sqlite3';

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
const TABLES = ['guests', 'documents', 'stays', 'stay_events', 'notifications', 'audit_log'];

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
  if (table === 'audit_log' && col === 'entity_id')
    return `CASE WHEN entity = 'stay' THEN CAST(CAST(entity_id AS INTEGER) + @off_stays AS TEXT) ELSE entity_id END`;
  if (table === 'notifications' && col === 'filing_state')
    return `CASE WHEN state = 'cancelled' THEN filing_state ELSE 'proven' END`;
  if (DATE_COLUMNS.test(col)) return shifted(col);
  return col;
}

export interface Template {
  maxId: Record<string, number>;
}

export function createHistoryRepo(db: Db) {
  const maxId = (table: string) =>
    (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
  const template: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, maxId(t)]));
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
      fileCopy.run({ from, to: from + template.notifications! });
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
