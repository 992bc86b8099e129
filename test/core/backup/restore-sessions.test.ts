import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupInfo, RestoreResult } from '../../../shared/contract';
import { createCore } from '../../../electron/core/core';
import { backupDirFor, listBackups } from '../../../electron/core/db/backup/backup';
import { signInAs } from '../../helpers/sessions';
import { tempDir, value } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NOW = new Date('2026-03-23T06:00:00Z');

describe('a restore ends every session', () => {
  it('refuses a receptionist’s token afterwards, though their staff id is an owner’s in the restored file', async () => {
    // Another file of the hotel, where the same staff id belongs to an owner.
    const other = createCore({ dbFile: tmp.file('other/tirkeu.db'), now: () => NOW });
    const boss = await signInAs(other, 'owner', '2580', 'Boss');
    const { file } = await value<{ file: { fileId: string } }>(other, 'backup.download');
    const bytes = fs.readFileSync(other.files.get(file.fileId).path!);
    other.close();

    const live = createCore({ dbFile: tmp.file('live/tirkeu.db'), now: () => NOW });
    const desk = await signInAs(live, 'receptionist');
    expect(desk.staff.id).toBe(boss.staff.id);
    const before = await live.dispatch('staff.current', {}, live.contextFor(desk.token));
    expect(before).toMatchObject({ ok: true, value: { role: 'receptionist' } });

    const up = live.files.put(bytes, 'stick.db', 'application/octet-stream');
    await value<RestoreResult>(live, 'backup.restoreFile', { fileId: up.fileId });
    expect(live.repos.staff.getActive(desk.staff.id)).toMatchObject({ role: 'owner' });

    expect(live.contextFor(desk.token).staff).toBeNull();
    const after = await live.dispatch('staff.current', {}, live.contextFor(desk.token));
    expect(after).toMatchObject({ ok: false, error: { code: 'auth.required' } });
    live.close();
  });
});

describe('backups someone asked for', () => {
  it('three backup.create calls within 2 s leave three files, at once or one after another', async () => {
    const dbFile = tmp.file('asked/tirkeu.db');
    // The clock stands still: all within the same millisecond.
    const core = createCore({ dbFile, now: () => NOW });
    const taken: BackupInfo[] = [];
    for (let i = 0; i < 3; i++) taken.push(await value<BackupInfo>(core, 'backup.create'));
    expect(new Set(taken.map((b) => b.name)).size).toBe(3);
    expect(listBackups(backupDirFor(dbFile))).toHaveLength(3);

    const together = await Promise.all(
      [1, 2, 3].map(() => value<BackupInfo>(core, 'backup.create')),
    );
    expect(new Set(together.map((b) => b.name)).size).toBe(3);
    // The day's automatic backup does not replace any of them.
    await core.backups.backupNow('daily');
    await core.backups.backupNow('daily');
    // The rotation follows each backup's full check.
    await core.backups.idle();
    const names = listBackups(backupDirFor(dbFile)).map((b) => b.name);
    expect(names).toHaveLength(7);
    expect(names.filter((n) => n.endsWith('-manual.db'))).toHaveLength(6);
    // Each can be restored by its name.
    const r = await value<RestoreResult>(core, 'backup.restore', { name: taken[0]!.name });
    expect(r.restored.name).toBe(taken[0]!.name);
    core.close();
  });
});
