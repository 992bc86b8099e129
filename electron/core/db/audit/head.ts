import type Database from 'better-sqlite3';
import { chainKeyOf, headFileFor, readAnchor, writeAnchor, type ChainHead } from './anchor';
import { GENESIS } from './canonical';

interface Keeper {
  last: () => ChainHead;
  hashAt: (id: number) => string | undefined;
  firstKeyed: () => number | null;
}

const keepers = new WeakMap<Database.Database, Keeper>();

function keeperOf(db: Database.Database): Keeper {
  let k = keepers.get(db);
  if (!k) {
    const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const hashAt = db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck();
    const firstKeyed = db.prepare('SELECT min(id) FROM audit_log WHERE mac IS NOT NULL').pluck();
    k = {
      last: () => (last.get() as ChainHead | undefined) ?? { id: 0, hash: GENESIS },
      hashAt: (id) => hashAt.get(id) as string | undefined,
      firstKeyed: () => firstKeyed.get() as number | null,
    };
    keepers.set(db, k);
  }
  return k;
}

/**
 * Records the chain's head in the head file after a commit (two primary-key reads and a write of
 * a hundred bytes; never a walk of the chain). It only moves forward, and only from a recorded
 * head the chain still holds: after a truncation or a rewrite, the old head stays as evidence
 * for the verifier, however many rows the desk appends since. Never throws: the commit stands,
 * and the next one records the head (rows beyond the head are still checked by their MACs).
 */
export function recordHead(db: Database.Database): void {
  const key = chainKeyOf(db);
  // Inside an outer transaction the rows are not committed yet: its own commit records them.
  if (!key || db.memory || db.readonly || !db.open || db.inTransaction) return;
  try {
    const k = keeperOf(db);
    const last = k.last();
    const file = headFileFor(db.name);
    const recorded = readAnchor(file, key);
    let keyedFrom: number;
    if (recorded) {
      if (!recorded.genuine || last.id <= recorded.id) return;
      if (recorded.id > 0 && k.hashAt(recorded.id) !== recorded.hash) return;
      keyedFrom = recorded.keyedFrom;
    } else {
      // None yet (the first start with a key), or one a power cut left unreadable.
      keyedFrom = k.firstKeyed() ?? last.id + 1;
    }
    writeAnchor(file, key, last, keyedFrom);
  } catch {
    // A schema without the MAC column (a file opened unmigrated), a full disk: nothing recorded.
  }
}
