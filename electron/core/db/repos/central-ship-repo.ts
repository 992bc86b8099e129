import { hash } from 'node:crypto';
import type { Db } from '../connection';
import { GENESIS } from '../audit/canonical';
import type { ShippedAuditRow, ChainState } from '../../central/central-repo';
import type { RegisterRow, RegisterTable } from '../../central/register-tables';

export interface ShippingState {
  property: string;
  shippedThrough: number;
  behind: number;
  chain: ChainState;
  lastShippedAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
}

// Register rows read per statement while looking for what changed.
const PAGE = 5000;

/**
 * A register row's digest: what was shipped, so the next ship sends only what changed. 48 bits
 * of SHA-256, an integer SQLite keeps in 6 bytes: a changed row that kept its digest by chance
 * (2^-48) is the price of a table far smaller than one keeping the whole hash as hex.
 */
const digestOf = (row: RegisterRow): number =>
  hash('sha256', JSON.stringify(row), 'buffer').readUIntBE(0, 6);

/** The property's side of shipping to the centre (migration 0021): its chain, rows and state. */
export function createCentralShipRepo(db: Db) {
  // The hash before each row is the stored hash of the row with the id before it: a row deleted
  // locally leaves NULL, which the centre refuses as a gap rather than taking a guess.
  const auditAfter = db.prepare(
    `SELECT a.id, a.at, a.staff_id, a.action, a.entity, a.entity_id, a.guest_id, a.details,
       a.personal_sha256, CASE WHEN a.id = 1 THEN '${GENESIS}'
         ELSE (SELECT b.hash FROM audit_log b WHERE b.id = a.id - 1) END AS prev_hash,
       a.hash, a.mac
     FROM audit_log a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
  );
  const lastId = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck();
  const state = db.prepare(
    `SELECT property, shipped_through AS shippedThrough, behind, chain,
       last_shipped_at AS lastShippedAt, last_attempt_at AS lastAttemptAt, last_error AS lastError
     FROM central_shipping WHERE id = 1`,
  );
  const save = db.prepare(
    `INSERT INTO central_shipping (id, property, shipped_through, behind, chain, last_shipped_at,
       last_attempt_at, last_error)
     VALUES (1, @property, @shippedThrough, @behind, @chain, @lastShippedAt, @lastAttemptAt,
       @lastError)
     ON CONFLICT (id) DO UPDATE SET property = excluded.property,
       shipped_through = excluded.shipped_through, behind = excluded.behind,
       chain = excluded.chain, last_shipped_at = excluded.last_shipped_at,
       last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error`,
  );
  const keep = db.prepare(
    'INSERT OR REPLACE INTO central_shipped_rows (tbl, id, digest) VALUES (?, ?, ?)',
  );
  const changedSql = (t: RegisterTable) =>
    db
      .prepare(
        `SELECT ${t.columns.map(([c]) => `t.${c}`).join(', ')}, s.digest
         FROM ${t.name} t LEFT JOIN central_shipped_rows s ON s.tbl = '${t.name}' AND s.id = t.id
         WHERE t.id > ? ORDER BY t.id LIMIT ?`,
      )
      .raw(true);
  const changed = new Map<string, ReturnType<typeof changedSql>>();

  return {
    /** Audit rows after `id`, each with the hash before it, in id order. */
    auditAfter: (id: number, limit: number) => auditAfter.all(id, limit) as ShippedAuditRow[],
    lastAuditId: () => lastId.get() as number,
    state: () => (state.get() as ShippingState | undefined) ?? null,
    saveState: (s: ShippingState) => {
      save.run(s);
    },
    /**
     * The table's rows that differ from what was last shipped, `batch` at a time, each with its
     * digest; read a page at a time, so a million stays never sit in memory.
     */
    *changedRows(
      table: RegisterTable,
      batch: number,
    ): Generator<Array<{ row: RegisterRow; digest: number }>> {
      let stmt = changed.get(table.name);
      if (!stmt) changed.set(table.name, (stmt = changedSql(table)));
      let out: Array<{ row: RegisterRow; digest: number }> = [];
      // Paged by id rather than iterated: better-sqlite3 forbids writes on this connection while
      // an iterator is open, and the caller records digests between batches.
      for (let after = 0; ;) {
        const page = stmt.all(after, PAGE) as unknown[][];
        for (const raw of page) {
          const row = raw.slice(0, -1) as RegisterRow;
          const digest = digestOf(row);
          if (digest === raw[raw.length - 1]) continue;
          out.push({ row, digest });
          if (out.length >= batch) {
            yield out;
            out = [];
          }
        }
        if (page.length < PAGE) break;
        after = page[page.length - 1]![0] as number;
      }
      if (out.length) yield out;
    },
    /** Records rows as shipped (after the centre committed them). */
    markShipped: db.transaction(
      (table: string, rows: Array<{ row: RegisterRow; digest: number }>) => {
        for (const r of rows) keep.run(table, r.row[0], r.digest);
      },
    ),
  };
}
