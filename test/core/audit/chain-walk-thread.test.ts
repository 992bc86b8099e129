import { afterAll, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../../electron/core/db/audit/verify';
import { chainInThread } from '../../../electron/core/db/backup/backup-thread';
import { createCore } from '../../../electron/core/core';
import type { BackupInfo, ChainStatus } from '../../../shared/contract';
import { hotel, now, tamper } from '../../helpers/audit-chain';
import { tempDir, value } from '../../helpers/core';

// Issue 21: the start's walk of the audit chain (hashes, MACs, head file, the trail against the
// tables) runs in a worker thread with its own connection: at a million stays it held the desk's
// thread for tens of seconds in steps, the last one (the tables) 9 s in one piece.
describe("the start's chain walk in its own thread", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('finds what the walk on the desk thread finds: a good chain, and a forged row', async () => {
    const file = tmp.file('walk.db');
    await hotel(file, 2);
    const good = await chainInThread(file);
    const core = createCore({ dbFile: file, now: () => now, chainCheck: 'when-asked' });
    const onDesk = core.repos.audit.verify();
    core.close();
    expect(good).toMatchObject({ ok: true, rows: onDesk.rows, head: onDesk.head });
    expect(good.anchor).toEqual(onDesk.anchor);

    tamper(file, `UPDATE audit_log SET details = '{"forged":true}' WHERE id = 3`);
    expect(await chainInThread(file)).toMatchObject({ ok: false, firstBadRow: 3, reason: 'hash' });
  });

  it('answers the desk while it walks, and audit.status waits for it', async () => {
    const file = tmp.file('busy.db');
    await hotel(file, 1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const core = createCore({
      dbFile: file,
      now: () => now,
      chainWalk: async (f, signal) => {
        await held;
        return chainInThread(f, signal);
      },
    });
    let status: ChainStatus | null = null;
    const asking = value<ChainStatus>(core, 'audit.status').then((s) => (status = s));
    // The walk has not ended, and the desk answers.
    expect((await value<unknown[]>(core, 'stays.inHouse', {})).length).toBeGreaterThan(0);
    expect(status).toBeNull();
    release();
    await asking;
    expect(status).toMatchObject({ ok: true });
    core.close();
  });

  it('is stopped, its thread gone, before a restore moves the file', async () => {
    const file = tmp.file('restore.db');
    await hotel(file, 1);
    const setup = createCore({ dbFile: file, now: () => now });
    const taken = await value<BackupInfo>(setup, 'backup.create');
    setup.close();

    const events: string[] = [];
    const core = createCore({
      dbFile: file,
      now: () => now,
      chainWalk: (f, signal) => {
        events.push('walk');
        signal.addEventListener('abort', () => events.push('stopped'));
        return new Promise<ChainReport>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('stopped'))),
        );
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['walk']);
    await value(core, 'backup.restore', { name: taken.name });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Stopped before the swap; the restored file is walked anew.
    expect(events).toEqual(['walk', 'stopped', 'walk']);
    core.close();
    expect(events.at(-1)).toBe('stopped');
  });

  it('walks on the desk thread in steps when its thread cannot, and says so', async () => {
    const file = tmp.file('no-thread.db');
    await hotel(file, 1);
    const errors: string[] = [];
    const core = createCore({
      dbFile: file,
      now: () => now,
      chainWalk: () => Promise.reject(new Error('the thread ended without an answer')),
      onInternalError: (where) => errors.push(where),
    });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: true });
    expect(errors).toEqual(['audit.walk']);
    core.close();
  });
});
