import BetterSqlite from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { AppFailure, type ChainBreakReason } from '../../../../shared/contract';
import { TIRKEU_APPLICATION_ID } from '../ownership';
import {
  chainKeyOf,
  headFileFor,
  keyFileFor,
  readAnchor,
  readKey,
  rowMac,
  type Anchor,
  type ChainHead,
} from './anchor';
import { GENESIS, personalCommitment, rowHash } from './canonical';
import { createReplay, type Disagreement } from './replay';

/**
 * Why the chain no longer holds:
 * - `hash`: a row is not the hash of the one before and its content (edit, deletion, insertion);
 * - `personal`: the personal data beside a row no longer matches its commitment;
 * - `erased_unrecorded`: personal data was set to NULL with no `guest.erase` row after it;
 * - `mac`: a row's MAC is not the key's (forged, hash recomputed and all);
 * - `unkeyed`: a row without a MAC where every row carries one (appended without the key);
 * - `truncated`: the chain ends before the recorded head (rows deleted from the end);
 * - `head_mismatch`: the row at the recorded head holds another hash (rewritten up to the end);
 * - `head_forged`: the head file's MAC is not the key's;
 * - `key_missing`: a head file exists but the key beside it is gone, so no MAC can be checked;
 * - `state`: the tables say something the trail does not (see replay.ts).
 */
export type ChainBreak = ChainBreakReason;

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** The id of the first row from which the chain no longer holds, or null. */
  firstBadRow: number | null;
  reason: ChainBreak | null;
  /** The last row as found (id 0: an empty chain). */
  head: ChainHead;
  /** The first row that carries a MAC (older rows are checked by hash only), or null. */
  keyedFrom: number | null;
  /** The head this chain was compared with (the head file, a backup's manifest), or null. */
  anchor: ChainHead | null;
  /** With `replay`: the first statement of the trail the tables contradict. */
  disagreement?: Disagreement | null;
}

export interface VerifyOptions {
  /** The folder's key; rows' MACs are checked only with it. */
  key?: Buffer | null;
  /** A recorded head to compare the chain's end with. */
  anchor?: Anchor | null;
  /** Also replay the trail against the stays, notices and filings (see replay.ts). */
  replay?: boolean;
  /** A head file exists but no key: nothing keyed can be vouched for. */
  keyMissing?: boolean;
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
  mac: string | null,
  besideId: number | null,
  salt: string | null,
  data: string | null,
  besideGuest: number | null,
];

const ERASE_ACTION = 'guest.erase';

// A file from before migration 0012 has no MAC column: its rows read as unkeyed.
const chainSql = (db: Database.Database) => {
  const keyed = (db.pragma('table_info(audit_log)') as Array<{ name: string }>).some(
    (c) => c.name === 'mac',
  );
  return `SELECT a.id, a.at, a.staff_id, a.action, a.entity, a.entity_id, a.guest_id,
    a.details, a.personal_sha256, a.hash, ${keyed ? 'a.mac' : 'NULL'}, p.audit_id, p.salt,
    p.data, p.guest_id
  FROM audit_log a LEFT JOIN audit_personal p ON p.audit_id = a.id`;
};

/**
 * The chain's check, fed one row at a time in id order. The first break found is the verdict;
 * a break at the end (truncation) or in the state is looked for only when the rows held.
 */
function chainWalker(options: VerifyOptions) {
  const key = options.key ?? null;
  const anchor = options.anchor ?? null;
  const replay = options.replay ? createReplay() : null;
  let prev = GENESIS;
  let last: ChainHead = { id: 0, hash: GENESIS };
  let count = 0;
  let keyedFrom: number | null = null;
  let hashAtAnchor: string | null = null;
  let bad: { row: number; reason: ChainBreak } | null = null;
  // Erased personal data waiting for its erase row: guest id → the first such audit row.
  const erasedWaiting = new Map<number | null, number>();
  const fail = (row: number, reason: ChainBreak) => {
    bad ??= { row, reason };
  };

  return {
    step(r: Raw): void {
      count++;
      const [id, at, staffId, action, entity, entityId, guestId, details, personal, hash, mac] = r;
      last = { id, hash };
      if (anchor && id === anchor.id) hashAtAnchor = hash;
      if (bad) return;
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
      prev = hash;
      if (expected !== hash) return fail(id, 'hash');
      const beside = besideHolds(personal, r[11], r[12], r[13]);
      if (beside === false) return fail(id, 'personal');
      if (beside === 'erased' && !erasedWaiting.has(r[14])) erasedWaiting.set(r[14], id);
      if (action === ERASE_ACTION) erasedWaiting.delete(guestId);
      // Rows below the anchor's `keyedFrom` are held by their hashes only: made before the key,
      // or restored from a backup keyed elsewhere (backup-anchor.ts).
      const counted = anchor === null || id >= anchor.keyedFrom;
      if (mac !== null && counted) keyedFrom ??= id;
      const mustBeKeyed = keyedFrom !== null || (anchor !== null && counted);
      if (key && mac !== null && counted && rowMac(key, hash) !== mac) return fail(id, 'mac');
      if (mac === null && mustBeKeyed) return fail(id, 'unkeyed');
      replay?.step(id, action, entityId, details);
    },
    finish(db: Database.Database): ChainReport {
      if (!bad && erasedWaiting.size)
        fail(Math.min(...erasedWaiting.values()), 'erased_unrecorded');
      if (!bad && options.keyMissing) fail(keyedFrom ?? last.id, 'key_missing');
      if (!bad && anchor) {
        if (anchor.genuine === false) fail(anchor.id, 'head_forged');
        else if (last.id < anchor.id) fail(last.id + 1, 'truncated');
        else if (anchor.id > 0 && hashAtAnchor !== anchor.hash) fail(anchor.id, 'head_mismatch');
      }
      let disagreement: Disagreement | null | undefined;
      if (replay && !bad) {
        disagreement = replay.compare(db);
        if (disagreement) fail(disagreement.row ?? last.id, 'state');
      }
      const found = bad as { row: number; reason: ChainBreak } | null;
      return {
        ok: found === null,
        rows: count,
        firstBadRow: found?.row ?? null,
        reason: found?.reason ?? null,
        head: last,
        keyedFrom,
        anchor: anchor && { id: anchor.id, hash: anchor.hash },
        ...(replay ? { disagreement: disagreement ?? null } : {}),
      };
    },
  };
}

/** Walks the whole chain once, streaming rows: a million rows never sit in memory. */
export function verifyAuditChain(db: Database.Database, options: VerifyOptions = {}): ChainReport {
  const rows = db.prepare(`${chainSql(db)} ORDER BY a.id`).raw(true);
  const walker = chainWalker({ key: chainKeyOf(db), ...options });
  // One read snapshot: the replay compares the tables with the rows as they were walked.
  return db.transaction(() => {
    for (const r of rows.iterate() as IterableIterator<Raw>) walker.step(r);
    return walker.finish(db);
  })();
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
    ...options
  }: { rowsPerStep?: number; turn?: () => Promise<void> } & VerifyOptions = {},
): Promise<ChainReport> {
  const page = db.prepare(`${chainSql(db)} WHERE a.id > ? ORDER BY a.id LIMIT ?`).raw(true);
  const walker = chainWalker({ key: chainKeyOf(db), ...options });
  let after = 0;
  // Each step in one read snapshot: the last page and the replay's look at the tables see the
  // same commits (another process may write between two statements).
  const step = db.transaction((): ChainReport | null => {
    const rows = page.all(after, rowsPerStep) as Raw[];
    for (const r of rows) walker.step(r);
    if (rows.length < rowsPerStep) return walker.finish(db);
    after = rows[rows.length - 1]![0];
    return null;
  });
  for (;;) {
    await turn();
    const done = step();
    if (done) return done;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** True: holds; 'erased': lawfully empty if an erase row follows; false: broken. */
function besideHolds(
  commitment: string | null,
  besideId: number | null,
  salt: string | null,
  data: string | null,
): boolean | 'erased' {
  if (commitment === null) return besideId === null;
  // The row beside may be erased (salt and data gone) but not removed: triggers refuse that.
  if (besideId === null) return false;
  if (data === null || salt === null) return data === null && salt === null ? 'erased' : false;
  return personalCommitment(salt, data) === commitment;
}

/** The key and head file that belong to a database file (beside it), as the app keeps them. */
export function anchorsOf(
  dbFile: string,
  overrides: { keyFile?: string; headFile?: string } = {},
): Pick<VerifyOptions, 'key' | 'anchor' | 'keyMissing'> {
  const key = readKey(overrides.keyFile ?? keyFileFor(dbFile));
  // An unreadable head file (a power cut while it was replaced) is no head: see writeAnchor.
  const anchor = readAnchor(overrides.headFile ?? headFileFor(dbFile), key);
  return { key, anchor, keyMissing: !key && anchor !== null };
}

/**
 * Verifies the chain of a database file without writing to it (no migration, no WAL switch),
 * against the key and head file beside it (or those named), replaying the trail against the
 * tables when asked. A file that is not a Tirkeu database with a chain is an AppFailure.
 */
export function verifyAuditFile(
  file: string,
  options: { keyFile?: string; headFile?: string; replay?: boolean } = {},
): ChainReport {
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
    return verifyAuditChain(db, { ...anchorsOf(file, options), replay: options.replay });
  } catch (err) {
    if (err instanceof AppFailure) throw err;
    if ((err as { code?: string }).code === 'SQLITE_NOTADB')
      throw new AppFailure('db.not_sqlite', { params: { file } });
    throw new AppFailure('db.corrupt', { params: { file } });
  } finally {
    db.close();
  }
}

/**
 * The start's check of a live database, from a connection of its own (the worker thread, issue
 * 21): hashes, MACs, the head file and the trail replayed against the tables, in one read
 * snapshot. The key and head file are read before the snapshot begins: the head file is written
 * after each commit, so it never runs ahead of what the snapshot holds.
 */
export function verifyLiveChain(dbFile: string): ChainReport {
  const anchors = anchorsOf(dbFile);
  const db = new BetterSqlite(dbFile, { readonly: true, fileMustExist: true });
  try {
    return verifyAuditChain(db, { ...anchors, replay: true });
  } finally {
    db.close();
  }
}
