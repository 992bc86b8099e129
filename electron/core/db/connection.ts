import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { finishInterruptedRestore, type FinishedRestore } from './backup/restore';
import { loadOrCreateKey, setChainKey } from './audit/anchor';
import { recordHead } from './audit/head';
import { closedCleanly, forgetCleanClose, stampCleanClose } from './clean-close';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './file-mode';
import { LATEST_VERSION, migrate } from './migrations';
import { TIRKEU_APPLICATION_ID, isUnmarkedTirkeu } from './ownership';
import { schemaDifferences } from './schema-check';
import { setWriterPragmas } from './pragmas';

export type Db = Database.Database;

export interface OpenOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean;
  /**
   * Told whether the open ran `quick_check`, skipped it after a clean close, or left it to the
   * caller (`deferQuickCheck`) (tests, logs).
   */
  onIntegrityCheck?: (check: 'quick_check' | 'clean_close' | 'deferred') => void;
  /**
   * Leave the full `quick_check` (seconds at a million stays) to the caller, who runs it in a
   * worker thread and serves no guest data until it passes (core.ts, issue 21). Every other check
   * still runs here; a file that migrations would change is checked here first all the same.
   */
  deferQuickCheck?: boolean;
  /** Told when the open completed a restore that a crash had interrupted (the shell says so). */
  onRestoreFinished?: (finished: FinishedRestore) => void;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (creating if absent) the Tirkeu database. Refuses, without writing a byte, a file that
 * is not SQLite, that another program owns, that is damaged, that we cannot write, or that a
 * newer Tirkeu wrote: the receptionist's data, or anyone else's, is never changed by us.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ':memory:';
  if (!inMemory) {
    // Before preflight, which would create an empty file where a restore left the data aside.
    let finished: FinishedRestore | null;
    try {
      finished = finishInterruptedRestore(file);
    } catch (err) {
      throw openFailure(err, file);
    }
    if (finished) options.onRestoreFinished?.(finished);
  }
  if (!inMemory && preflight(file)) {
    let check: 'quick_check' | 'clean_close' | 'deferred' = closedCleanly(file)
      ? 'clean_close'
      : 'quick_check';
    if (check === 'quick_check' && options.deferQuickCheck) {
      // Migrations write: a file they would change is checked before they run.
      const version = inspect(file, false);
      if (version < LATEST_VERSION && options.migrate !== false) inspect(file, true);
      else check = 'deferred';
    } else {
      inspect(file, check === 'quick_check');
    }
    options.onIntegrityCheck?.(check);
  }
  let db: Db;
  try {
    if (!inMemory) forgetCleanClose(file);
    db = new Database(file, { timeout: 5000 });
  } catch (err) {
    throw openFailure(err, file);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AppFailure('db.newer_version', {
        params: { found: version, supported: LATEST_VERSION },
      });
    }
    setWriterPragmas(db, inMemory);
    // The key is known before migrating: rows a migration appends are keyed too.
    if (!inMemory) setChainKey(db, loadOrCreateKey(file));
    if (options.migrate !== false) migrate(db, inMemory ? null : file);
    recordHead(db);
    return db;
  } catch (err) {
    db.close();
    throw openFailure(err, file);
  }
}

/**
 * Runs `fn` in one write transaction that takes the write lock at BEGIN. A deferred transaction
 * that reads and then writes fails at once with SQLITE_BUSY_SNAPSHOT when another process (web
 * mode, the CLI) committed in between, and the busy timeout never covers that; IMMEDIATE waits.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  const value = db.transaction(fn).immediate();
  // After the commit, never inside it: a head file ahead of the chain would read as truncation.
  recordHead(db);
  return value;
}

/**
 * Closes the connection and, when it was the last one on the file and every WAL frame reached
 * the file, stamps the file as cleanly closed so the next open may skip `quick_check`.
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  let complete = false;
  try {
    if (!db.memory && !db.readonly) {
      const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number }>;
      complete = r?.busy === 0;
    }
  } catch {
    complete = false;
  }
  const file = db.name;
  db.close();
  // The last connection to close deletes the WAL; one left means another process still has the
  // file open and will write after us, so only that process may stamp it when it closes.
  if (complete && !fs.existsSync(`${file}-wal`)) stampCleanClose(file);
}

/** Checks the path; creates the folder (0700) and an empty file (0600) when absent. */
function preflight(file: string): boolean {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
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
  if (!stat) createPrivate(file);
  return stat !== null && stat.size > 0;
}

function createPrivate(file: string): void {
  try {
    // SQLite gives the -wal and -shm files the database file's mode, so they are private too.
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (err) {
    // Another process created it first: it is the same new database.
    if ((err as { code?: string }).code !== 'EEXIST') throw openFailure(err, file);
  }
}

/**
 * Looks at an existing file through a read-only connection, so that a refusal cannot have
 * written anything, not even the switch to WAL: whose file it is, then whether it is intact.
 */
function inspect(file: string, quickCheck: boolean): number {
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let ro: Db;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw openFailure(err, file);
  }
  let refused = false;
  try {
    // One read transaction, so every fact below comes from the same snapshot: another process
    // migrating the file between two of these reads would otherwise pair the old version with
    // the new schema, and a healthy file would be refused as altered.
    ro.exec('BEGIN');
    const appId = ro.pragma('application_id', { simple: true }) as number;
    const version = ro.pragma('user_version', { simple: true }) as number;
    const tables = (ro.pragma('table_list') as Array<{ name: string; schema: string }>)
      .filter((t) => t.schema === 'main' && !t.name.startsWith('sqlite_'))
      .map((t) => t.name);
    const ours =
      appId === TIRKEU_APPLICATION_ID ||
      (appId === 0 && (tables.length === 0 || isUnmarkedTirkeu(version, tables)));
    if (!ours) throw new AppFailure('db.foreign', { params: { file } });
    if (version > LATEST_VERSION) {
      throw new AppFailure('db.newer_version', {
        params: { found: version, supported: LATEST_VERSION },
      });
    }
    // A trigger, table, index or view that Tirkeu's migrations did not make (or one of theirs
    // dropped or changed) would run inside every write: the file is refused, at every open, like
    // a damaged one. Cheap (sqlite_master only), so never skipped after a clean close.
    const altered = schemaDifferences(ro, version)[0];
    if (altered) {
      throw new AppFailure('db.schema_altered', { params: { file, object: altered.object } });
    }
    // Skipped only when clean-close.ts vouches that nothing wrote the file since it was checked.
    const check = quickCheck ? (ro.pragma('quick_check') as Array<{ quick_check: string }>) : null;
    if (check && (check.length !== 1 || check[0]!.quick_check !== 'ok')) {
      throw new AppFailure('db.corrupt', { params: { file } });
    }
    ro.exec('COMMIT');
    return version;
  } catch (err) {
    refused = true;
    throw openFailure(err, file);
  } finally {
    ro.close();
    // A read-only look at a WAL file leaves empty -wal/-shm files; do not leave them by a
    // file we refused.
    if (refused) for (const f of sidecars) fs.rmSync(f, { force: true });
  }
}

/** Whatever went wrong while opening reaches the user as a translated code, never raw SQLite. */
function openFailure(err: unknown, file: string): AppFailure {
  const translated = translateSqliteError(err);
  if (translated instanceof AppFailure) return translated;
  return Object.assign(new AppFailure('db.cannot_open', { params: { file } }), { cause: err });
}

/** Maps SQLite and file-system failures to stable codes the UI can translate. */
export function translateSqliteError(err: unknown): unknown {
  if (err instanceof AppFailure) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
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
