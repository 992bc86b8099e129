import type Database from 'better-sqlite3';

/**
 * What every connection that writes to the database sets: the desk's (connection.ts) and a worker
 * thread's (a retention purge, privacy/purge-job.ts). `secure_delete` matters to the second as
 * much: an erased name must not linger in a freed page. Apart from connection.ts so a worker
 * thread loads only what it runs.
 */
export function setWriterPragmas(db: Database.Database, inMemory: boolean): void {
  // WAL lets the night auditor's reports read while the desk writes; synchronous=FULL makes
  // every acknowledged commit durable across power loss (WAL's default NORMAL is not).
  if (!inMemory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Erased personal data must leave the file's bytes, not linger in freed space (issue 19).
  db.pragma('secure_delete = ON');
}
