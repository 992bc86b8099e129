import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckInResult, RetentionPreview } from '../../../shared/contract';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { purgeInThread } from '../../../electron/core/db/backup/backup-thread';
import type { PurgeTask } from '../../../electron/core/privacy/purge-job';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// Issue 21: a retention purge runs in the core's worker thread with its own connection, in
// batches each its own short transaction, so the desk's thread only answers calls meanwhile.
const GUESTS = ['ABAEV', 'BEKOV', 'CHUKIN', 'DOSOV', 'ESIMOV'];

let clock = new Date('2025-01-10T06:00:00Z');
const tmp = tempDir();
let core: Core | null = null;
let lock: Database.Database | null = null;
afterEach(() => {
  lock?.close();
  lock = null;
  core?.close();
  core = null;
});

/** A hotel file with five past guests (citizens: no notice owed), its retention set to 12 months. */
async function hotel(name: string, options: Partial<CoreOptions>): Promise<Core> {
  const file = tmp.file(name);
  clock = new Date('2025-01-10T06:00:00Z');
  const c = createCore({ dbFile: file, now: () => clock, ...options });
  for (const [i, surname] of GUESTS.entries()) {
    clock = new Date('2025-01-13T08:00:00Z');
    const { stays } = await value<CheckInResult>(
      c,
      'stays.checkIn',
      checkInInput([guestEntry({ surname, citizenship: 'KAZ' })], {
        room: String(101 + i),
        checkInAt: '2025-01-13T10:00:00+05:00',
        plannedCheckOut: '2025-01-16',
      }),
    );
    clock = new Date('2025-01-16T06:00:00Z');
    await value(c, 'stays.checkOut', { stayId: stays[0]!.stayId, at: '2025-01-16T11:00:00+05:00' });
  }
  clock = new Date('2026-03-23T06:00:00Z');
  await value(c, 'privacy.setRetention', { months: 12 });
  return c;
}

const erased = (c: Core) =>
  c.db.prepare('SELECT count(*) FROM guests WHERE erased_at IS NOT NULL').pluck().get() as number;

const entries = (c: Core, action: string) =>
  (
    c.db
      .prepare('SELECT entity_id, details FROM audit_log WHERE action = ? ORDER BY id')
      .all(action) as Array<{ entity_id: string; details: string }>
  ).map((r) => ({ id: r.entity_id, ...(JSON.parse(r.details) as Record<string, unknown>) }));

describe('a retention purge in the worker thread', () => {
  it('runs through the job runner in batches, with the audit entries the desk would write', async () => {
    const tasks: PurgeTask[] = [];
    core = await hotel('batches.db', {
      purge: (task, onProgress, signal) => {
        tasks.push(task);
        return purgeInThread({ ...task, batch: 2 }, onProgress, signal);
      },
    });
    const progress: Array<[number, number]> = [];
    core.subscribe((event, payload) => {
      const p = payload as { method: string; done: number; total: number };
      if (event === 'job.progress' && p.method === 'privacy.purge')
        progress.push([p.done, p.total]);
    });
    const done = await value<RetentionPreview>(core, 'privacy.purge', { months: 12 });
    expect(done).toMatchObject({ cutoff: '2025-03-23', guests: 5, stays: 5 });
    expect(tasks).toHaveLength(1);
    expect(progress).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(erased(core)).toBe(5);

    // One job: its closing entry and every erasure carry the job's id, as the desk's would.
    const [job] = entries(core, 'job.done');
    expect(job).toMatchObject({ method: 'privacy.purge', guests: 5, stays: 5, months: 12 });
    expect(tasks[0]!.jobId).toBe(job!.id);
    const erasures = entries(core, 'guest.erase');
    expect(erasures).toHaveLength(5);
    for (const e of erasures) {
      expect(e).toMatchObject({ jobId: job!.id, basis: 'retention', months: 12, stays: 1 });
    }
    // The thread's entries and the desk's chain as one: it verifies, hashes, MACs and head.
    expect(core.repos.audit.verify()).toMatchObject({ ok: true });
  });

  it("answers the desk while a batch waits for the file's write lock", async () => {
    core = await hotel('held.db', {});
    const file = tmp.file('held.db');
    // Another writer holds the lock (the CLI, a second window): the purge's first batch waits.
    lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    let started!: () => void;
    const batchBegun = new Promise<void>((resolve) => (started = resolve));
    core.subscribe((event, payload) => {
      const p = payload as { method: string; done: number };
      if (event === 'job.progress' && p.method === 'privacy.purge' && p.done === 0) started();
    });
    let settled = false;
    const purging = core.call('privacy.purge', { months: 12 }).finally(() => (settled = true));
    await batchBegun;

    // On the desk's thread a batch would hold it until the lock went (and then fail): here the
    // desk answers, the purge still under way and nothing erased yet.
    expect(await value<unknown[]>(core, 'stays.inHouse', {})).toEqual([]);
    expect(await value(core, 'privacy.preview', { months: 12 })).toMatchObject({ guests: 5 });
    expect(settled).toBe(false);
    expect(erased(core)).toBe(0);

    lock.exec('ROLLBACK');
    expect(await purging).toMatchObject({ ok: true, value: { guests: 5 } });
    expect(erased(core)).toBe(5);
    expect(core.repos.audit.verify()).toMatchObject({ ok: true });
  });

  it("lets the desk's writes in between its batches", async () => {
    core = await hotel('between.db', {
      purge: (task, onProgress, signal) => purgeInThread({ ...task, batch: 1 }, onProgress, signal),
    });
    const c = core;
    const checkIns: Array<Promise<unknown>> = [];
    c.subscribe((event, payload) => {
      const p = payload as { method: string; done: number };
      if (event === 'job.progress' && p.method === 'privacy.purge' && p.done === 1) {
        // A guest arrives while the purge runs: checked in, and in no danger from it.
        checkIns.push(
          value(c, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ZHUNUSOV' })])),
        );
      }
    });
    await value(c, 'privacy.purge', { months: 12 });
    await Promise.all(checkIns);
    expect(checkIns).toHaveLength(1);
    expect(erased(c)).toBe(5);
    expect(await value<unknown[]>(c, 'stays.inHouse', {})).toHaveLength(1);
    expect(c.repos.audit.verify()).toMatchObject({ ok: true });
  });

  it('is stopped, its thread gone, before a restore replaces the file', async () => {
    const events: string[] = [];
    core = await hotel('restore.db', {
      purge: (_task, _onProgress, signal) => {
        events.push('purge');
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            events.push('stopped');
            reject(new Error('stopped'));
          }),
        );
      },
    });
    const backup = await value<{ name: string }>(core, 'backup.create');
    const purging = core.call('privacy.purge', { months: 12 });
    await value(core, 'backup.restore', { name: backup.name });
    expect(events).toEqual(['purge', 'stopped']);
    expect(await purging).toMatchObject({ ok: false });
  });
});
