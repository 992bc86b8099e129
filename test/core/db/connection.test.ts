import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/contract';
import { openDatabase, translateSqliteError } from '../../../electron/core/db/connection';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/core';

const failureCode = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppFailure ? err.error.code : `not an AppFailure: ${String(err)}`;
  }
  return undefined;
};

describe('opening the database', () => {
  const tmp = tempDir();
  afterEach(() => {
    for (const f of fs.readdirSync(tmp.dir)) fs.rmSync(tmp.file(f), { force: true });
  });

  it('creates the file and its folder with every migration applied', () => {
    const file = tmp.file('nested/dir/tirkeu.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'calendar_overrides',
        'documents',
        'filings',
        'guests',
        'hotel',
        'notifications',
        'settings',
        'staff',
        'stay_events',
        'stays',
      ]),
    );
    db.close();
    fs.rmSync(tmp.file('nested'), { recursive: true });
  });

  it('sets WAL, foreign keys, a busy timeout and synchronous FULL', () => {
    const db = openDatabase(tmp.file('a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('re-opening an up-to-date database runs no migration and keeps its data', () => {
    const file = tmp.file('b.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    db.close();
    const again = openDatabase(file);
    expect(migrate(again, file)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(again.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({
      value: '1',
    });
    again.close();
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a database written by a newer version and leaves it byte for byte', () => {
    const file = tmp.file('newer.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = fs.readFileSync(file);
    expect(failureCode(() => openDatabase(file))).toBe('db.newer_version');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite without changing it', () => {
    const file = tmp.file('notes.db');
    fs.writeFileSync(file, 'Room 12: late check-out\n'.repeat(100));
    const before = fs.readFileSync(file);
    expect(failureCode(() => openDatabase(file))).toBe('db.not_sqlite');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a folder given as the database file', () => {
    fs.mkdirSync(tmp.file('folder.db'));
    expect(failureCode(() => openDatabase(tmp.file('folder.db')))).toBe('db.not_sqlite');
    fs.rmdirSync(tmp.file('folder.db'));
  });

  it('reports a read-only database as read-only, not as a crash', () => {
    const file = tmp.file('ro.db');
    openDatabase(file).close();
    // Root ignores file modes, so open SQLite itself read-only to reach the same failure.
    const ro = new Database(file, { readonly: true });
    let code: string | undefined;
    try {
      ro.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    } catch (err) {
      code = (err as { code?: string }).code;
    }
    ro.close();
    expect(code).toMatch(/^SQLITE_READONLY/);
    if (process.getuid?.() !== 0) {
      fs.chmodSync(file, 0o444);
      expect(failureCode(() => openDatabase(file))).toBe('db.read_only');
      fs.chmodSync(file, 0o644);
    }
  });

  it('copies a database with data aside before migrating it, and keeps the data', () => {
    const file = tmp.file('old.db');
    openDatabase(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('kept', '1')").run();
    const next = {
      version: LATEST_VERSION + 1,
      name: 'test-next',
      up: (d: Database.Database) => d.exec('ALTER TABLE settings ADD COLUMN note TEXT'),
    };
    expect(migrate(db, file, [...MIGRATIONS, next])).toEqual({
      from: LATEST_VERSION,
      to: LATEST_VERSION + 1,
    });
    db.close();
    const backups = fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    if (process.platform !== 'win32') {
      expect(fs.statSync(tmp.file(backups[0]!)).mode & 0o777).toBe(0o600);
    }
    const backup = new Database(tmp.file(backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'kept'").get()).toEqual({
      value: '1',
    });
    backup.close();
  });

  it('numbers the migrations 1, 2, 3… in order', () => {
    // Branches own their numbers (issue 11's is 5) and land apart: strictly increasing from 1.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(MIGRATIONS.map((m) => m.name)).toEqual(
      MIGRATIONS.map((m) =>
        expect.stringMatching(new RegExp(`^${String(m.version).padStart(4, '0')}-[a-z0-9-]+$`)),
      ),
    );
  });

  it('rolls every pending migration back together when one fails', () => {
    const db = new Database(':memory:');
    const broken = {
      version: LATEST_VERSION + 1,
      name: 'test-broken',
      up: (d: Database.Database) => d.exec('CREATE TABLE staff (id INTEGER PRIMARY KEY)'),
    };
    expect(() => migrate(db, null, [...MIGRATIONS, broken])).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'hotel'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('refuses to lay the schema over tables it did not make', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE staff (id INTEGER PRIMARY KEY)');
    expect(() => migrate(db, null)).toThrow(expect.objectContaining({ message: 'db.foreign' }));
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });
});

describe('translating SQLite failures', () => {
  it.each([
    ['SQLITE_FULL', 'db.disk_full'],
    ['SQLITE_IOERR_WRITE', 'db.disk_full'],
    ['ENOSPC', 'db.disk_full'],
    ['SQLITE_BUSY', 'db.locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'db.locked'],
    ['SQLITE_LOCKED', 'db.locked'],
    ['SQLITE_READONLY_DBMOVED', 'db.read_only'],
    ['SQLITE_CORRUPT', 'db.corrupt'],
    ['SQLITE_NOTADB', 'db.not_sqlite'],
  ])('turns %s into %s', (code, expected) => {
    const err = Object.assign(new Error('x'), { code });
    const translated = translateSqliteError(err);
    expect(translated).toBeInstanceOf(AppFailure);
    expect((translated as AppFailure).error.code).toBe(expected);
  });

  it('leaves other errors alone for the dispatcher to report as internal', () => {
    const err = new TypeError('bug');
    expect(translateSqliteError(err)).toBe(err);
  });
});
