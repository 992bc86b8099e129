import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { inspectBackup } from '../../../electron/core/db/backup/backup';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NOW = new Date('2026-03-23T06:00:00Z');

/**
 * Runs `work` while the desk asks for In house over and over; its result, and how many of the
 * desk's calls were answered before it ended (one is the call asked before it began).
 */
async function whileDeskAsks<T>(
  core: Core,
  work: Promise<T>,
): Promise<{ result: T; answered: number }> {
  const state: { done: boolean; failed: unknown } = { done: false, failed: null };
  const settled = work.then(
    (r) => ((state.done = true), r),
    (err: unknown) => {
      state.failed = err;
      throw err;
    },
  );
  let answered = 0;
  while (!state.done && state.failed === null) {
    await value(core, 'stays.inHouse', { query: '' });
    answered += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { result: await settled, answered };
}

// Issue 21: the Backups panel lists every backup with its full check; at a million stays a
// check takes its thread for seconds per file, so the checks run in a worker thread, and a
// backup already checked and unchanged since is not read again.
describe('the backups in the data folder', () => {
  it('is checked in a worker thread as inspectBackup would, and a file changed since is checked anew', async () => {
    const file = tmp.file('list/tirkeu.db');
    const before = createCore({ dbFile: file, now: () => NOW });
    await value(before, 'stays.checkIn', checkInInput([guestEntry({ surname: 'TAYLOR' })]));
    const first = await before.backups.backupNow('manual');
    await value(before, 'stays.checkIn', checkInInput([guestEntry({ surname: 'SMITH' })]));
    const second = await before.backups.backupNow('manual');
    before.close();
    // The next start knows nothing of them yet: each is checked.
    const core = createCore({ dbFile: file, now: () => NOW });

    // The desk is answered while the list is being checked; one answer would be the one asked
    // before the list began, and the thread takes longer than that.
    const { result: list, answered } = await whileDeskAsks(
      core,
      value<BackupInfo[]>(core, 'backup.list'),
    );
    expect(answered).toBeGreaterThan(1);
    expect(list.map((b) => b.name)).toEqual([second.name, first.name]);
    expect(list).toEqual([inspectBackup(second.file), inspectBackup(first.file)]);
    expect(list.every((b) => b.good)).toBe(true);
    expect(list[1]!.counts).toMatchObject({ guests: 1 });

    // Someone overwrites the older copy's pages: the next list checks it again and says so.
    const fd = fs.openSync(first.file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
    fs.closeSync(fd);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(first.file, later, later);
    const again = await value<BackupInfo[]>(core, 'backup.list');
    expect(again.find((b) => b.name === first.name)).toMatchObject({ good: false });
    expect(again.find((b) => b.name === second.name)).toMatchObject({ good: true });
    core.close();
  });

  it('is restored with its full check in the worker thread, the desk answered meanwhile', async () => {
    const file = tmp.file('restore/tirkeu.db');
    const core = createCore({ dbFile: file, now: () => NOW });
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'TAYLOR' })]));
    const taken = await core.backups.backupNow('manual');
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'SMITH' })]));
    const { answered } = await whileDeskAsks(core, core.backups.restore(taken.name));
    expect(answered).toBeGreaterThan(1);
    const surnames = core.db.prepare('SELECT surname FROM guests ORDER BY id').pluck().all();
    expect(surnames).toEqual(['TAYLOR']);
    core.close();
  });
});
