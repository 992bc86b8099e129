import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/contract';
import { createCore } from '../../../electron/core/core';
import { manifestFor } from '../../../electron/core/db/audit/backup-anchor';
import { backupDirFor, listBackups } from '../../../electron/core/db/backup/backup';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// Issue 21: a backup is answered once its copy is written and checked as a copy (about twice a
// plain copy of the file); its full check (integrity_check, the whole chain) follows in the
// worker, and only then may it be audited or make the rotation drop an older backup.
describe('a backup and its full check', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;

  it('is answered as checked as a copy, then listed and audited once fully checked', async () => {
    const file = tmp.file(`ok-${n++}/tirkeu.db`);
    const core = createCore({ dbFile: file });
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ALIEV' })]));
    const written = await core.backups.backupNow('daily');
    expect(written).toMatchObject({ good: true, checked: 'copy' });
    expect(written.counts).toMatchObject({ guests: 1, stays: 1 });
    expect(fs.existsSync(manifestFor(written.file))).toBe(true);

    const list = await value<BackupInfo[]>(core, 'backup.list');
    expect(list).toEqual([
      expect.objectContaining({ name: written.name, good: true, checked: 'full' }),
    ]);
    const audited = core.db
      .prepare("SELECT entity_id FROM audit_log WHERE action = 'backup.create'")
      .pluck()
      .all();
    expect(audited).toEqual([written.name]);
    core.close();
  });

  it('hands a copy out of the data folder only once its full check has passed', async () => {
    const file = tmp.file(`out-${n++}/tirkeu.db`);
    const core = createCore({ dbFile: file });
    const handedOut = await value<{ backup: BackupInfo }>(core, 'backup.download');
    expect(handedOut.backup).toMatchObject({ good: true, checked: 'full' });
    core.close();
  });

  it('deletes a copy that fails its full check, reports it, and keeps the older backups', async () => {
    const file = tmp.file(`bad-${n++}/tirkeu.db`);
    const errors: string[] = [];
    let now = new Date('2026-03-20T06:00:00Z');
    const open = () =>
      createCore({
        dbFile: file,
        now: () => now,
        onInternalError: (where, err) =>
          errors.push(`${where}: ${(err as { error?: { code?: string } }).error?.code}`),
      });
    let core = open();
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ALIEV' })]));
    const good = await core.backups.backupNow('daily');
    await core.backups.idle();
    core.close();

    // Someone rewrites an audit row with the file closed and puts the trigger back: the schema,
    // the counts and the chain's last row look as before; only the walk finds it.
    const raw = new Database(file);
    const trigger = raw
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'x' WHERE id = 1`);
    raw.exec(trigger);
    raw.close();

    now = new Date('2026-03-21T06:00:00Z');
    core = open();
    const written = await core.backups.backupNow('daily');
    expect(written).toMatchObject({ good: true, checked: 'copy' });
    await core.backups.idle();
    expect(fs.existsSync(written.file)).toBe(false);
    expect(fs.existsSync(manifestFor(written.file))).toBe(false);
    expect(errors).toContain('backup.auto: backup.check_failed');
    expect(listBackups(backupDirFor(file)).map((b) => b.name)).toEqual([good.name]);
    const audited = core.db
      .prepare("SELECT entity_id FROM audit_log WHERE action = 'backup.create'")
      .pluck()
      .all();
    expect(audited).toEqual([good.name]);
    core.close();
  });
});
