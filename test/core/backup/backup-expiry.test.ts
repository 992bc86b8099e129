import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErasePlan, RetentionPreview } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { copiesHolding, expireCopies, shiftMonths } from '../../../electron/core/db/backup/expiry';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { value } from '../../helpers/core';

let dir = '';
let dbFile = '';
const touch = (...parts: string[]) => {
  const file = path.join(dir, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
};
const backup = (iso: string) => touch('backups', `tirkeu-${iso.replace(/[:.]/g, '-')}.db`);
const exists = (file: string) => fs.existsSync(file);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-expiry-'));
  dbFile = path.join(dir, 'tirkeu.db');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('retention reaches the copies of the database (issue 19)', () => {
  it('shifts by months, the 31st becoming the month’s last day', () => {
    expect(shiftMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(shiftMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(shiftMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('deletes every copy taken before the cutoff day, in Kazakhstan time, and nothing else', () => {
    const old = backup('2026-01-09T10:00:00.000Z');
    // 20:00 UTC on the 9th is already the 10th in Almaty: the cutoff day itself is kept.
    const lateOnTheEve = backup('2026-01-09T19:30:00.000Z');
    const kept = backup('2026-02-01T10:00:00.000Z');
    const upgrade = touch('tirkeu.db.v7-2025-12-01T08-00-00-000Z.bak');
    const aside = touch('tirkeu.db.before-restore-2025-11-02T08-00-00-000Z');
    const asideWal = touch('tirkeu.db.before-restore-2025-11-02T08-00-00-000Z-wal');
    const other = touch('backups', 'notes.txt');
    const otherDb = touch('other.db.v7-2025-12-01T08-00-00-000Z.bak');

    expect(copiesHolding(dbFile, null)).toEqual({ copies: 5, goneBy: null });
    const gone = expireCopies(dbFile, '2026-01-10');
    expect(gone.sort()).toEqual(
      [path.basename(old), path.basename(upgrade), path.basename(aside)].sort(),
    );
    for (const f of [old, upgrade, aside, asideWal]) expect(exists(f), f).toBe(false);
    for (const f of [lateOnTheEve, kept, other, otherDb]) expect(exists(f), f).toBe(true);
  });

  it('says when the last copy will be gone: after the retention period, or the rotation’s 12 months', () => {
    expect(copiesHolding(dbFile, 6)).toEqual({ copies: 0, goneBy: null });
    backup('2026-03-01T10:00:00.000Z');
    backup('2026-03-20T10:00:00.000Z');
    expect(copiesHolding(dbFile, 6)).toEqual({ copies: 2, goneBy: '2026-09-21' });
    expect(copiesHolding(dbFile, null)).toEqual({ copies: 2, goneBy: '2027-03-21' });
    expect(copiesHolding(dbFile, 36)).toEqual({ copies: 2, goneBy: '2027-03-21' });
    // A copy kept aside before an upgrade is not rotated: only a retention period removes it.
    touch('tirkeu.db.v7-2026-03-22T08-00-00-000Z.bak');
    expect(copiesHolding(dbFile, null)).toEqual({ copies: 3, goneBy: null });
    expect(copiesHolding(dbFile, 36)).toEqual({ copies: 3, goneBy: '2029-03-23' });
    // Those a purge with this cutoff deletes are not counted.
    expect(copiesHolding(dbFile, 6, '2026-03-10')).toEqual({ copies: 2, goneBy: '2026-09-23' });
  });
});

describe('the app expires old copies with the retention period', () => {
  let core: Core | null = null;
  let clock = new Date('2026-03-23T06:00:00Z');
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('at each backup, once a period is set', async () => {
    core = createCore({ dbFile, now: () => clock });
    const old = backup('2025-10-01T10:00:00.000Z');
    await value(core, 'backup.create');
    // Retention off: kept (the rotation keeps the newest of each month).
    expect(exists(old)).toBe(true);
    await value(core, 'privacy.setRetention', { months: 3 });
    clock = new Date('2026-03-23T07:00:00Z');
    await value(core, 'backup.create');
    expect(exists(old)).toBe(false);
  });

  it('at a purge, which previews it; erasing one guest says until when backups keep them', async () => {
    core = createCore({ dbFile, now: () => clock });
    const old = backup('2025-10-01T10:00:00.000Z');
    backup('2026-03-01T10:00:00.000Z');
    await value(core, 'privacy.setRetention', { months: 3 });
    const preview = await value<RetentionPreview>(core, 'privacy.preview', { months: 3 });
    expect(preview).toMatchObject({
      cutoff: '2025-12-23',
      backupsExpiring: 1,
      backups: { copies: 1, goneBy: '2026-06-02' },
    });
    await value(core, 'privacy.purge', { months: 3 });
    expect(exists(old)).toBe(false);
    const purge = core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'job.done' ORDER BY id DESC")
      .pluck()
      .get() as string;
    expect(JSON.parse(purge)).toMatchObject({ method: 'privacy.purge', backupsExpired: 1 });

    const { stays } = await value<{ stays: Array<{ guestId: number }> }>(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'DOSOV', citizenship: 'KAZ' })]),
    );
    const plan = await value<ErasePlan>(core, 'guests.erasePlan', {
      guestId: stays[0]!.guestId,
    });
    expect(plan.backups).toEqual({ copies: 1, goneBy: '2026-06-02' });
  });
});
