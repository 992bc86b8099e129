import type Database from 'better-sqlite3';

/**
 * Runs `fn`, which only reads, in one read transaction: every statement in it sees the same
 * commits, whatever another connection writes meanwhile (an export from a worker's connection).
 * Deferred, as nothing in it writes: it never waits for the write lock. Apart from connection.ts
 * so a worker thread loads only what it runs.
 */
export function readSnapshot<T>(db: Database.Database, fn: () => T): T {
  return db.transaction(fn).deferred();
}

/**
 * The same for `fn` that awaits (an export streaming rows to a file as the disk takes them):
 * nothing else may use the connection meanwhile (the command line's export has it to itself).
 */
export async function readSnapshotWhile<T>(
  db: Database.Database,
  fn: () => Promise<T>,
): Promise<T> {
  db.exec('BEGIN DEFERRED');
  try {
    return await fn();
  } finally {
    // A read transaction has nothing to keep: ended whatever happened.
    if (db.inTransaction) db.exec('COMMIT');
  }
}
