import Database from 'better-sqlite3';
import fs from 'node:fs';
import { cleanStampPath } from './clean-close';

/** What a closed database file looks like from outside, for the packaged app's `--smoke`. */
export interface ClosedFileFacts {
  exists: boolean;
  /** A -wal file beside it: the last connection did not checkpoint and close. */
  walLeft: boolean;
  /** The clean-close stamp (clean-close.ts) the last close writes. */
  cleanStamp: boolean;
  userVersion: number;
  quickCheck: string;
  sqliteVersion: string;
}

/** Reads a closed file's facts; the read-only open comes after the look at its WAL and stamp. */
export function inspectClosedFile(file: string): ClosedFileFacts {
  const facts: ClosedFileFacts = {
    exists: fs.existsSync(file),
    walLeft: fs.existsSync(`${file}-wal`),
    cleanStamp: fs.existsSync(cleanStampPath(file)),
    userVersion: -1,
    quickCheck: 'not run',
    sqliteVersion: '',
  };
  if (!facts.exists) return facts;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    facts.userVersion = db.pragma('user_version', { simple: true }) as number;
    facts.quickCheck = String(db.pragma('quick_check', { simple: true }));
    facts.sqliteVersion = String(db.prepare('select sqlite_version()').pluck().get());
  } finally {
    db.close();
  }
  return facts;
}
