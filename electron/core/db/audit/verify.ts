import BetterSqlite from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../../shared/contract';
import { TIRKEU_APPLICATION_ID } from '../ownership';
import { GENESIS, personalCommitment, rowHash } from './canonical';

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** The id of the first row from which the chain no longer holds, or null. */
  firstBadRow: number | null;
}

type Raw = [
  id: number,
  at: string,
  staffId: number | null,
  action: string,
  entity: string,
  entityId: string | null,
  guestId: number | null,
  details: string,
  personal: string | null,
  hash: string,
  besideId: number | null,
  salt: string | null,
  data: string | null,
];

const CHAIN_SQL = `SELECT a.id, a.at, a.staff_id, a.action, a.entity, a.entity_id, a.guest_id,
    a.details, a.personal_sha256, a.hash, p.audit_id, p.salt, p.data
  FROM audit_log a LEFT JOIN audit_personal p ON p.audit_id = a.id`;

/**
 * The chain's check, fed one row at a time in id order. A row is bad when its stored hash is not
 * the hash of the row before it and its own content (an edit, a deletion before it, an
 * insertion), or when the personal data kept beside it is still there but no longer matches its
 * commitment. Personal data that was erased (data and salt null) is lawful and breaks nothing.
 */
function chainWalker() {
  let prev = GENESIS;
  let count = 0;
  let firstBadRow: number | null = null;
  return {
    step(r: Raw): void {
      count++;
      if (firstBadRow !== null) return;
      const [id, at, staffId, action, entity, entityId, guestId, details, personal, hash] = r;
      const expected = rowHash(prev, {
        id,
        at,
        staffId,
        action,
        entity,
        entityId,
        guestId,
        details,
        personal,
      });
      if (expected !== hash || !besideHolds(personal, r[10], r[11], r[12])) firstBadRow = id;
      prev = hash;
    },
    report: (): ChainReport => ({ ok: firstBadRow === null, rows: count, firstBadRow }),
  };
}

/** Walks the whole chain once, streaming rows: a million rows never sit in memory. */
export function verifyAuditChain(db: Database.Database): ChainReport {
  const rows = db.prepare(`${CHAIN_SQL} ORDER BY a.id`).raw(true);
  const walker = chainWalker();
  for (const r of rows.iterate() as IterableIterator<Raw>) walker.step(r);
  return walker.report();
}

/**
 * The same check in steps of `rowsPerStep` rows, each waiting for its `turn` (by default the next
 * turn of the event loop), so the app answers its first screen while a long chain (1.5 s per
 * million rows) is still being walked at start. Rows appended meanwhile are walked too: they
 * extend the same chain.
 */
export async function verifyAuditChainInSteps(
  db: Database.Database,
  {
    rowsPerStep = 1000,
    turn = nextTurn,
  }: { rowsPerStep?: number; turn?: () => Promise<void> } = {},
): Promise<ChainReport> {
  const page = db.prepare(`${CHAIN_SQL} WHERE a.id > ? ORDER BY a.id LIMIT ?`).raw(true);
  const walker = chainWalker();
  let after = 0;
  for (;;) {
    await turn();
    const rows = page.all(after, rowsPerStep) as Raw[];
    for (const r of rows) walker.step(r);
    if (rows.length < rowsPerStep) return walker.report();
    after = rows[rows.length - 1]![0];
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function besideHolds(
  commitment: string | null,
  besideId: number | null,
  salt: string | null,
  data: string | null,
): boolean {
  if (commitment === null) return besideId === null;
  // The row beside may be erased (salt and data gone) but not removed: triggers refuse that.
  if (besideId === null) return false;
  if (data === null || salt === null) return data === null && salt === null;
  return personalCommitment(salt, data) === commitment;
}

/**
 * Verifies the chain of a database file without writing to it (no migration, no WAL switch).
 * A file that is not a Tirkeu database with a chain is an AppFailure, not a verdict.
 */
export function verifyAuditFile(file: string): ChainReport {
  let db: Database.Database;
  try {
    db = new BetterSqlite(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppFailure('db.cannot_open', { params: { file } });
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const hasChain = (db.pragma('table_info(audit_log)') as Array<{ name: string }>).some(
      (c) => c.name === 'hash',
    );
    if (appId !== TIRKEU_APPLICATION_ID || !hasChain) {
      throw new AppFailure('db.foreign', { params: { file } });
    }
    return verifyAuditChain(db);
  } catch (err) {
    if (err instanceof AppFailure) throw err;
    if ((err as { code?: string }).code === 'SQLITE_NOTADB')
      throw new AppFailure('db.not_sqlite', { params: { file } });
    throw new AppFailure('db.corrupt', { params: { file } });
  } finally {
    db.close();
  }
}
