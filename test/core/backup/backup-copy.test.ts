import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { copyFileBytes, copyWhileHeld } from '../../../electron/core/db/backup/copy-check';
import { takeBackup } from '../../../electron/core/db/backup/backup';
import { inspectBackup } from '../../../electron/core/db/backup/inspect';
import type { BackupInfo } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// Issue 21: the backup's copy is the file's bytes, read under a read transaction that keeps
// every checkpoint out of the file, instead of the backup API's page-by-page copy.
// Test document numbers are made of the names' first letters: keep them distinct.
const letters = (i: number) =>
  [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26]
    .map((k) => String.fromCharCode(65 + k))
    .join('');

describe("the backup's copy", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let n = 0;

  it('copies every byte but the lock page, which it leaves zero', () => {
    const source = tmp.file(`bytes-${n++}.bin`);
    const bytes = Buffer.alloc(10 * 4096 + 100);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) % 251 || 1;
    fs.writeFileSync(source, bytes);
    const target = tmp.file(`bytes-${n++}.copy`);
    // The lock bytes inside page 3 (from 12288): that page is written as zeros.
    copyFileBytes(source, target, 4096, 3 * 4096 + 10);
    const copy = fs.readFileSync(target);
    expect(copy.length).toBe(bytes.length);
    expect(copy.subarray(0, 3 * 4096).equals(bytes.subarray(0, 3 * 4096))).toBe(true);
    expect(copy.subarray(3 * 4096, 4 * 4096).every((b) => b === 0)).toBe(true);
    expect(copy.subarray(4 * 4096).equals(bytes.subarray(4 * 4096))).toBe(true);
  });

  it('is one snapshot while the desk goes on writing, and passes the full check', async () => {
    const file = tmp.file(`live-${n++}/tirkeu.db`);
    const core = createCore({ dbFile: file });
    for (let i = 0; i < 20; i++) {
      await value(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ surname: 'FIRST', givenNames: letters(i) })]),
      );
    }
    let taken: BackupInfo | null = null;
    const taking = takeBackup(core.db, tmp.file(`live-out-${n++}`), new Date(), 'manual').then(
      (b) => (taken = b),
    );
    let i = 0;
    while (taken === null) {
      // As calls arrive from a window or a tab: each in its own turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await value(
        core,
        'stays.checkIn',
        checkInInput([guestEntry({ surname: 'MORE', givenNames: letters(i++) })]),
      );
    }
    await taking;
    const backup = taken as BackupInfo;
    expect(backup).toMatchObject({ good: true, checked: 'full' });
    // The stays it holds are the first ones, with none missing in between.
    const copy = new Database(backup.file, { readonly: true });
    const ids = copy.prepare('SELECT id FROM stays ORDER BY id').pluck().all() as number[];
    copy.close();
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(ids.map((_, k) => k + 1));
    core.close();
  });

  it('leaves the copy to the backup API when a reader keeps the WAL from being emptied', async () => {
    const file = tmp.file(`pinned-${n++}/tirkeu.db`);
    const core = createCore({ dbFile: file });
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ALIEV' })]));
    // A report reading since before the last write pins that write in the WAL.
    const report = new Database(file);
    report.exec('BEGIN');
    report.prepare('SELECT count(*) FROM stays').get();
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'BEKOV' })]));
    const target = tmp.file(`pinned-${n++}.db`);
    fs.writeFileSync(target, '');
    expect(copyWhileHeld(file, target)).toBe(false);
    expect(fs.statSync(target).size).toBe(0);

    const taken = await takeBackup(core.db, tmp.file(`pinned-out-${n++}`), new Date(), 'manual');
    expect(taken).toMatchObject({ good: true, checked: 'full' });
    expect(inspectBackup(taken.file).counts).toMatchObject({ guests: 2, stays: 2 });
    report.exec('COMMIT');
    report.close();

    // With the reader gone the same copy is taken from the file's bytes.
    expect(copyWhileHeld(file, target)).toBe(true);
    expect(inspectBackup(target).good).toBe(true);
    core.close();
  });
});
