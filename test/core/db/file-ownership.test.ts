import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { createCore } from '../../../electron/core/core';
import { describeError } from '../../../electron/core/cli/describe-error';
import { openDatabase } from '../../../electron/core/db/connection';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrations';
import { m0001InitialSchema } from '../../../electron/core/db/migrations/0001-initial-schema';
import { TIRKEU_APPLICATION_ID } from '../../../electron/core/db/ownership';
import { tempDir } from '../../helpers/core';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const refusal = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
};

const codeOf = (fn: () => unknown): string | undefined => {
  const err = refusal(fn);
  return err instanceof AppFailure ? err.error.code : `not an AppFailure: ${String(err)}`;
};

/** What another program leaves: its own tables, no application id, a rollback journal. */
function foreignFile(file: string, setup: (db: Database.Database) => void = () => {}): void {
  const db = new Database(file);
  db.exec('CREATE TABLE settings (key TEXT, value TEXT); CREATE TABLE notes (body TEXT)');
  db.prepare('INSERT INTO notes VALUES (?)').run('Room 12: late check-out');
  setup(db);
  db.close();
}

describe('whose file it is', () => {
  const tmp = tempDir();
  afterEach(() => {
    for (const f of fs.readdirSync(tmp.dir)) fs.rmSync(tmp.file(f), { recursive: true });
  });

  it('marks a new database with Tirkeu’s application id', () => {
    const db = openDatabase(tmp.file('new.db'));
    expect(db.pragma('application_id', { simple: true })).toBe(TIRKEU_APPLICATION_ID);
    db.close();
    const header = fs.readFileSync(tmp.file('new.db')).subarray(68, 72).toString('latin1');
    expect(header).toBe('Tirk');
  });

  it('refuses another program’s SQLite file and leaves its bytes and journal mode alone', () => {
    const file = tmp.file('other.db');
    foreignFile(file);
    const before = sha256(file);
    expect(codeOf(() => openDatabase(file))).toBe('db.foreign');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(tmp.dir)).toEqual(['other.db']);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
  });

  it('refuses a WAL-mode foreign file without leaving -wal or -shm files by it', () => {
    const file = tmp.file('wal.db');
    foreignFile(file, (db) => db.pragma('journal_mode = WAL'));
    const before = sha256(file);
    expect(codeOf(() => openDatabase(file))).toBe('db.foreign');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(tmp.dir)).toEqual(['wal.db']);
  });

  it('refuses a file with another application id even if its tables look like ours', () => {
    const file = tmp.file('lookalike.db');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('application_id = 1179603254'); // another program's mark
    raw.close();
    const before = sha256(file);
    expect(codeOf(() => openDatabase(file))).toBe('db.foreign');
    expect(sha256(file)).toBe(before);
  });

  it('refuses an unmarked file at schema 1 whose tables are not Tirkeu’s', () => {
    const file = tmp.file('v1.db');
    foreignFile(file, (db) => db.pragma('user_version = 1'));
    const before = sha256(file);
    expect(codeOf(() => openDatabase(file))).toBe('db.foreign');
    expect(sha256(file)).toBe(before);
  });

  it('never shows the user SQLite’s own words, in any language', () => {
    const file = tmp.file('other.db');
    foreignFile(file);
    const err = refusal(() => createCore({ dbFile: file }));
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const message = translate(lang, 'errors.db.foreign');
      expect(message).not.toBe('errors.db.foreign');
      expect(message).not.toMatch(/already exists|SQLITE/i);
    }
    expect(describeError(err)).toBe(translate('en', 'errors.db.foreign'));
  });

  it('adopts a database an earlier Tirkeu wrote before files were marked, keeping its data', () => {
    const file = tmp.file('earlier.db');
    // Schema 1 exactly as it shipped: later migrations did not exist before files were marked.
    const raw = new Database(file);
    migrate(raw, null, [m0001InitialSchema]);
    raw.pragma('application_id = 0');
    raw.prepare("INSERT INTO settings (key, value) VALUES ('kept', '1')").run();
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(TIRKEU_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'kept'").get()).toEqual({
      value: '1',
    });
    db.close();
  });

  it('makes an empty file, or an SQLite file with no tables, a Tirkeu database', () => {
    fs.writeFileSync(tmp.file('empty.db'), '');
    const bare = new Database(tmp.file('bare.db'));
    bare.pragma('user_version = 0');
    bare.exec('VACUUM');
    bare.close();
    for (const name of ['empty.db', 'bare.db']) {
      const db = openDatabase(tmp.file(name));
      expect(db.pragma('application_id', { simple: true })).toBe(TIRKEU_APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
    }
  });
});

describe('a damaged database', () => {
  const tmp = tempDir();
  afterEach(() => {
    for (const f of fs.readdirSync(tmp.dir)) fs.rmSync(tmp.file(f), { recursive: true });
  });

  it('is refused at open as corrupt, and its bytes stay exactly as they were', async () => {
    const file = tmp.file('hotel.db');
    const core = createCore({ dbFile: file });
    for (let i = 0; i < 40; i++) {
      const r = await core.call('settings.setLanguage', { language: i % 2 ? 'kk' : 'ru' });
      expect(r.ok).toBe(true);
    }
    const { rootpage } = core.db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")
      .get() as { rootpage: number };
    const pageSize = core.db.pragma('page_size', { simple: true }) as number;
    core.close();
    // A torn or bit-rotted page: the audit log's root page is overwritten with junk.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    const before = sha256(file);
    const files = fs.readdirSync(tmp.dir);

    expect(codeOf(() => openDatabase(file))).toBe('db.corrupt');
    expect(codeOf(() => createCore({ dbFile: file }))).toBe('db.corrupt');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(tmp.dir)).toEqual(files);
  });
});

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  const tmp = tempDir();
  afterEach(() => {
    for (const f of fs.readdirSync(tmp.dir)) fs.rmSync(tmp.file(f), { recursive: true });
  });
  const mode = (f: string) => fs.statSync(f).mode & 0o777;

  it('creates the database, its -wal and -shm owner-only, in an owner-only folder', () => {
    const file = tmp.file('Tirkeu/tirkeu.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    expect(mode(tmp.file('Tirkeu'))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    db.close();
  });
});
