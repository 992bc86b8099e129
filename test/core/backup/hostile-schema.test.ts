import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure, type CheckInResult } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { runRestoreCommand } from '../../../electron/core/cli/trust-commands';
import { inspectBackup } from '../../../electron/core/db/backup/backup';
import { vetBackup } from '../../../electron/core/db/backup/vet';
import { openDatabase } from '../../../electron/core/db/connection';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import {
  expectedSchema,
  schemaDifferences,
  schemaOf,
} from '../../../electron/core/db/schema-check';
import { recoveryFor } from '../../../electron/core/recovery';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NOW = new Date('2026-03-23T06:00:00Z');
let n = 0;

// The trigger from issue 19: every new notice is stored as filed while the desk is told it is
// pending, so the guest silently leaves the board.
const HOSTILE_TRIGGER = `CREATE TRIGGER zz AFTER INSERT ON notifications BEGIN
  UPDATE notifications SET state = 'filed', filing_state = 'proven' WHERE id = new.id; END`;

/** Each kind of schema object someone could slip into a backup, or take out of it. */
const TAMPERINGS: Record<string, { sql: string; object: string }> = {
  'a hostile trigger': { sql: HOSTILE_TRIGGER, object: 'trigger zz' },
  'an extra table': { sql: 'CREATE TABLE notes (body TEXT)', object: 'table notes' },
  'an extra index': {
    sql: 'CREATE INDEX stays_by_notes ON stays (visa_number)',
    object: 'index stays_by_notes',
  },
  'an extra view': {
    sql: 'CREATE VIEW everyone AS SELECT surname FROM guests',
    object: 'view everyone',
  },
  'the audit log’s append-only trigger dropped': {
    sql: 'DROP TRIGGER audit_log_no_delete',
    object: 'trigger audit_log_no_delete',
  },
  'a changed trigger body': {
    sql: `DROP TRIGGER audit_log_no_update;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    object: 'trigger audit_log_no_update',
  },
};

async function hotel(file: string): Promise<Core> {
  const core = createCore({ dbFile: file, now: () => NOW });
  await value<CheckInResult>(
    core,
    'stays.checkIn',
    checkInInput([guestEntry({ surname: 'ALIEV' })]),
  );
  return core;
}

function tamper(file: string, sql: string): void {
  const raw = new Database(file);
  raw.exec(sql);
  raw.close();
}

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppFailure ? err.error.code : `not an AppFailure: ${String(err)}`;
  }
  return undefined;
};

describe('the schema a file must have', () => {
  it('is derived from the migrations, so a new database and an upgraded one both match it', () => {
    const fresh = openDatabase(':memory:');
    expect(schemaDifferences(fresh, LATEST_VERSION)).toEqual([]);
    fresh.close();
    // Upgraded step by step from schema 1, the way a file in the field gets there.
    const old = new Database(':memory:');
    migrate(old, null, MIGRATIONS.slice(0, 1));
    expect(schemaDifferences(old, 1)).toEqual([]);
    migrate(old, null);
    expect(schemaDifferences(old, LATEST_VERSION)).toEqual([]);
    old.close();
  });

  it('covers a migration added later without anyone listing its objects', () => {
    const next = {
      version: LATEST_VERSION + 1,
      name: 'next',
      up: (d: Database.Database) => d.exec('CREATE INDEX stays_by_visa ON stays (visa_number)'),
    };
    const names = expectedSchema(LATEST_VERSION + 1, [...MIGRATIONS, next]).map((o) => o.name);
    expect(names).toContain('stays_by_visa');
    expect(expectedSchema(LATEST_VERSION).map((o) => o.name)).not.toContain('stays_by_visa');
  });

  it('ignores only SQLite’s own statistics and whitespace, nothing that runs', () => {
    const db = openDatabase(':memory:');
    db.exec('ANALYZE');
    expect(schemaOf(db).some((o) => o.name.startsWith('sqlite_stat'))).toBe(false);
    expect(schemaDifferences(db, LATEST_VERSION)).toEqual([]);
    db.exec(HOSTILE_TRIGGER);
    expect(schemaDifferences(db, LATEST_VERSION)).toEqual([
      { kind: 'extra', object: 'trigger zz' },
    ]);
    db.close();
  });
});

describe('a backup whose schema was changed is never restored', () => {
  let core: Core;
  let dbFile: string;
  let good: string;
  beforeAll(async () => {
    dbFile = tmp.file('live/tirkeu.db');
    core = await hotel(dbFile);
    good = (await core.backups.backupNow('manual')).file;
  });
  afterAll(() => core.close());

  for (const [kind, { sql, object }] of Object.entries(TAMPERINGS)) {
    it(`refuses one with ${kind}: inspectFile, restoreFile and the CLI, the database untouched`, async () => {
      const file = tmp.file(`stick-${n++}/tirkeu-backup.db`);
      fs.mkdirSync(path.dirname(file));
      fs.copyFileSync(good, file);
      tamper(file, sql);
      // The chain still holds and the file is whole: only the schema gives it away.
      expect(codeOf(() => vetBackup(file))).toBe('backup.schema_altered');
      expect(inspectBackup(file).good).toBe(false);

      const bytes = fs.readFileSync(file);
      const seen = await core.call('backup.inspectFile', {
        fileId: core.files.put(bytes, 'stick.db', 'application/octet-stream').fileId,
      });
      expect(seen).toMatchObject({
        ok: false,
        error: { code: 'backup.schema_altered', params: { object } },
      });
      const restored = await core.call('backup.restoreFile', {
        fileId: core.files.put(bytes, 'stick.db', 'application/octet-stream').fileId,
      });
      expect(restored).toMatchObject({ ok: false, error: { code: 'backup.schema_altered' } });
      expect(core.db.prepare("SELECT name FROM sqlite_master WHERE name = 'zz'").get()).toBe(
        undefined,
      );
      expect(await value<unknown[]>(core, 'stays.inHouse', {})).toHaveLength(1);

      const target = tmp.file(`cli-${n++}/tirkeu.db`);
      const cli = runRestoreCommand(['--db', target, '--from', file]);
      expect(cli.exitCode).toBe(1);
      expect(cli.stderr).toMatch(/structure|структур|құрылым/i);
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    });
  }

  it('is refused by the command-line restore run as a process, in words', () => {
    const file = tmp.file('stick-cli/tirkeu-backup.db');
    fs.mkdirSync(path.dirname(file));
    fs.copyFileSync(good, file);
    tamper(file, HOSTILE_TRIGGER);
    const target = tmp.file('cli-process/tirkeu.db');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/core/cli/main.ts', 'restore', '--db', target, '--from', file],
      { encoding: 'utf8', env: { ...process.env, TIRKEU_LANG: 'en' } },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/structure was changed outside Tirkeu \(trigger zz\)/);
    expect(fs.existsSync(target)).toBe(false);
  }, 60_000);
});

describe('a live database whose schema was changed', () => {
  it('is refused at open with the object named, left byte for byte, and a good backup offered', async () => {
    const file = tmp.file('altered/tirkeu.db');
    const core = await hotel(file);
    const backup = await core.backups.backupNow('daily');
    core.close();
    tamper(file, HOSTILE_TRIGGER);
    const bytes = fs.readFileSync(file);

    let refusal: unknown;
    try {
      createCore({ dbFile: file, now: () => NOW }).close();
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(AppFailure);
    expect((refusal as AppFailure).error).toMatchObject({
      code: 'db.schema_altered',
      params: { object: 'trigger zz' },
    });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(recoveryFor(refusal, file)?.backup).toMatchObject({ name: backup.name, good: true });
  });

  it('is refused at every open, even after a clean close vouched for the file', async () => {
    const file = tmp.file('altered-clean/tirkeu.db');
    (await hotel(file)).close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.close();
    expect(codeOf(() => openDatabase(file).close())).toBe('db.schema_altered');
  });
});
