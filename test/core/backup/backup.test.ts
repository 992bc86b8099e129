import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AppFailure,
  type BackupInfo,
  type CheckInResult,
  type RestoreResult,
} from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { backupDirFor, takeBackup } from '../../../electron/core/db/backup/backup';
import { restoreFile } from '../../../electron/core/db/backup/restore';
import { recoveryFor } from '../../../electron/core/recovery';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;

async function coreWithGuests(
  file: string,
  at: Date | (() => Date),
  surnames: string[],
): Promise<Core> {
  const core = createCore({ dbFile: file, now: typeof at === 'function' ? at : () => at });
  for (const surname of surnames) {
    await value<CheckInResult>(core, 'stays.checkIn', checkInInput([guestEntry({ surname })]));
  }
  return core;
}

/** Every row of every table, and the chain's hashes: what "exact" means. */
function dump(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
  );
}

function corrupt(file: string): void {
  const db = new Database(file);
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'stays'").pluck().get();
  const size = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(size, 0xa5), 0, size, ((root as number) - 1) * size);
  fs.closeSync(fd);
}

describe('backups', () => {
  it('a backup and restore round trip is exact: same rows, same chain', async () => {
    const file = tmp.file(`round-${n++}/tirkeu.db`);
    const core = await coreWithGuests(file, new Date('2026-03-23T06:00:00Z'), ['ALIEV', 'BEKOV']);
    const atBackup = dump(core.db);
    const taken = await core.backups.backupNow('manual');
    expect(taken.good).toBe(true);
    expect(taken.counts).toMatchObject({ guests: 2, stays: 2 });
    // Work after the backup: it is not in the restored database.
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'CHEN' })]));
    // A job: the runner's closing entry goes into the restored database, not the closed one.
    const { keptAside } = await value<RestoreResult>(core, 'backup.restore', { name: taken.name });
    const after = dump(core.db);
    // The restore itself is the one entry added on top of the backup's chain.
    const restoredAudit = after.audit_log!.slice(0, -1);
    expect({ ...after, audit_log: restoredAudit }).toEqual(atBackup);
    expect(after.audit_log!.at(-1)).toMatchObject({ action: 'job.done' });
    expect(core.repos.audit.latest(1)[0]!.details).toMatchObject({
      method: 'backup.restore',
      backup: taken.name,
    });
    expect(core.repos.audit.verify().ok).toBe(true);
    // The file it replaced is kept, whole, beside the database.
    expect(keptAside).toMatch(/^tirkeu\.db\.before-restore-/);
    const aside = new Database(path.join(path.dirname(file), keptAside!), { readonly: true });
    expect(aside.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(3);
    aside.close();
    core.close();
  });

  it('the core keeps serving calls after a restore, on the restored file', async () => {
    const file = tmp.file(`serve-${n++}/tirkeu.db`);
    const core = await coreWithGuests(file, new Date('2026-03-23T06:00:00Z'), ['ALIEV']);
    const events: string[][] = [];
    core.subscribe((e, p) => {
      if (e === 'data.changed' && 'roots' in p) events.push(p.roots);
    });
    const taken = await core.backups.backupNow('manual');
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'CHEN' })]));
    await value(core, 'backup.restore', { name: taken.name });
    expect(events.at(-1)).toEqual(expect.arrayContaining(['stays', 'audit']));
    const inHouse = await value<unknown[]>(core, 'stays.inHouse', {});
    expect(inHouse).toHaveLength(1);
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'DOSOV' })]));
    expect(core.repos.audit.verify().ok).toBe(true);
    core.close();
  });

  it('lists backups with their date, counts and checks, and rotates the folder', async () => {
    const file = tmp.file(`list-${n++}/tirkeu.db`);
    let now = new Date('2026-03-01T06:00:00Z');
    const core = createCore({ dbFile: file, now: () => now });
    for (let day = 0; day < 9; day++) {
      now = new Date(Date.UTC(2026, 2, 1 + day, 6));
      await core.backups.backupNow('daily');
    }
    const list = await value<BackupInfo[]>(core, 'backup.list');
    // 9 daily backups in one month: the 7 newest days are kept (the month's and weeks' newest
    // are among them, and the oldest day is kept as its week's newest).
    expect(list.map((b) => b.takenAt.slice(0, 10))).toEqual([
      '2026-03-09',
      '2026-03-08',
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04',
      '2026-03-03',
      '2026-03-01',
    ]);
    expect(list.every((b) => b.good && b.counts?.auditRows !== undefined)).toBe(true);
    expect(fs.readdirSync(backupDirFor(file)).some((f) => f.endsWith('.partial'))).toBe(false);
    core.close();
  });

  it('never counts a copy whose audit chain does not hold', async () => {
    const file = tmp.file(`bad-${n++}/tirkeu.db`);
    const core = await coreWithGuests(file, new Date('2026-03-23T06:00:00Z'), ['ALIEV']);
    core.close();
    const raw = new Database(file);
    const trigger = raw
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'x' WHERE id = 1`);
    raw.exec(trigger);
    const out = tmp.file(`bad-out-${n}`);
    await expect(takeBackup(raw, out, new Date())).rejects.toThrow(AppFailure);
    raw.close();
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('a corrupt database at start leads to the newest good backup, and is kept aside', async () => {
    const file = tmp.file(`corrupt-${n++}/tirkeu.db`);
    let now = new Date('2026-03-20T06:00:00Z');
    const core = await coreWithGuests(file, () => now, ['ALIEV']);
    const older = await core.backups.backupNow('daily');
    now = new Date('2026-03-21T06:00:00Z');
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'BEKOV' })]));
    const newest = await core.backups.backupNow('daily');
    core.close();
    // A newer copy that is itself damaged is passed over.
    const damaged = path.join(backupDirFor(file), 'tirkeu-2026-03-22T06-00-00-000Z.db');
    fs.copyFileSync(newest.file, damaged);
    corrupt(damaged);
    corrupt(file);
    const damagedBytes = fs.readFileSync(file);

    let refusal: unknown;
    try {
      createCore({ dbFile: file }).close();
    } catch (err) {
      refusal = err;
    }
    expect((refusal as AppFailure).error.code).toBe('db.corrupt');
    const recovery = recoveryFor(refusal, file)!;
    expect(recovery.backup).toMatchObject({ name: newest.name, good: true });
    expect(recovery.backup!.counts).toMatchObject({ guests: 2 });
    expect(older.name < newest.name).toBe(true);

    const { keptAside } = restoreFile(file, recovery.backup!.file, new Date());
    expect(fs.readFileSync(keptAside!).equals(damagedBytes)).toBe(true);
    const reopened = createCore({ dbFile: file });
    expect(await value<unknown[]>(reopened, 'stays.inHouse', {})).toHaveLength(2);
    expect(await value(reopened, 'audit.status')).toMatchObject({ ok: true });
    reopened.close();
  });

  it('refuses to restore a damaged backup, leaving the database as it was', async () => {
    const file = tmp.file(`refuse-${n++}/tirkeu.db`);
    const core = await coreWithGuests(file, new Date('2026-03-23T06:00:00Z'), ['ALIEV']);
    const taken = await core.backups.backupNow('manual');
    corrupt(taken.file);
    const r = await core.call('backup.restore', { name: taken.name });
    expect(r).toMatchObject({ ok: false, error: { code: 'backup.not_good' } });
    expect(await value<unknown[]>(core, 'stays.inHouse', {})).toHaveLength(1);
    core.close();
  });
});
