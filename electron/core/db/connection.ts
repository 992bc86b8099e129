import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { LATEST_VERSION, migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Absolute path to a `.node` build of better-sqlite3 (Electron passes its own ABI build). */
  nativeBinding?: string;
  /** Run pending migrations (default true). */
  migrate?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (creating if absent) the Tirkeu database. Refuses, without writing a byte, a file that
 * is not SQLite, that we cannot write, or that a newer Tirkeu wrote: the receptionist's data is
 * never overwritten by a migration it does not understand.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ':memory:';
  if (!inMemory) preflight(file);
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, timeout: 5000 });
  } catch (err) {
    throw translateSqliteError(err);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AppFailure('db.newer_version', {
        params: { found: version, supported: LATEST_VERSION },
      });
    }
    // WAL lets the night auditor's reports read while the desk writes; synchronous=FULL makes
    // every acknowledged commit durable across power loss (WAL's default NORMAL is not).
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.migrate !== false) migrate(db, inMemory ? null : file);
    return db;
  } catch (err) {
    db.close();
    throw translateSqliteError(err);
  }
}

function preflight(file: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = null;
  }
  if (stat) {
    if (!stat.isFile()) throw new AppFailure('db.not_sqlite', { params: { file } });
    if (stat.size > 0) {
      const fd = fs.openSync(file, 'r');
      const buf = Buffer.alloc(16);
      fs.readSync(fd, buf, 0, 16, 0);
      fs.closeSync(fd);
      if (buf.toString('latin1') !== SQLITE_HEADER) {
        throw new AppFailure('db.not_sqlite', { params: { file } });
      }
    }
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch {
      throw new AppFailure('db.read_only', { params: { file } });
    }
  }
  try {
    // The WAL and shared-memory files live beside the database.
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppFailure('db.read_only', { params: { file: dir } });
  }
}

/** Maps SQLite and file-system failures to stable codes the UI can translate. */
export function translateSqliteError(err: unknown): unknown {
  if (err instanceof AppFailure) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new AppFailure('db.not_sqlite');
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS')
    return new AppFailure('db.read_only');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppFailure('db.locked');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code.startsWith('SQLITE_IOERR_WRITE'))
    return new AppFailure('db.disk_full');
  if (code.startsWith('SQLITE_CORRUPT')) return new AppFailure('db.corrupt');
  if (code === 'SQLITE_CANTOPEN') return new AppFailure('db.cannot_open');
  return err;
}
