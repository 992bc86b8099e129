import fs from 'node:fs';
import type * as WorkerThreads from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, CheckInResult } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { backupDirFor, takeBackup } from '../../../electron/core/db/backup/backup';
import { copyInThread } from '../../../electron/core/db/backup/backup-thread';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// A worker thread that dies without an answer (killed, out of memory) or throws while starting,
// in place of the backup's own: the real Worker class, run on other source.
// `deliver`: each message of the thread reaches the desk, in order, once it resolves (a copy of a
// few hundred stays is over within one desk call, and its stages could not be told apart).
const sabotage = vi.hoisted(() => ({
  source: null as string | null,
  deliver: null as null | ((message: unknown) => Promise<void>),
}));
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof WorkerThreads>();
  class Worker extends real.Worker {
    private delivered = Promise.resolve();
    constructor(source: string | URL, options?: WorkerThreads.WorkerOptions) {
      if (sabotage.source !== null) super(sabotage.source, { eval: true });
      else super(source, options);
    }
    override emit(event: string | symbol, ...args: unknown[]): boolean {
      const deliver = sabotage.deliver;
      // The thread's exit waits behind its messages, as Node delivers them.
      if (!deliver || !['message', 'error', 'exit'].includes(String(event))) {
        return super.emit(event, ...args);
      }
      this.delivered = this.delivered
        .then(() => (event === 'message' ? deliver(args[0]) : undefined))
        .then(() => void super.emit(event, ...args));
      return true;
    }
  }
  return { ...real, Worker, default: { ...real, Worker } };
});

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  sabotage.deliver = null;
});
const NOW = new Date('2026-03-23T06:00:00Z');
let n = 0;

/** A core over a file with `groups` check-ins of ten guests each. */
async function busyCore(groups: number): Promise<{ core: Core; file: string }> {
  const file = tmp.file(`thread-${n++}/tirkeu.db`);
  const core = createCore({ dbFile: file, now: () => NOW });
  for (let g = 0; g < groups; g += 1) {
    const guests = Array.from({ length: 10 }, (_, i) => {
      const base = guestEntry({ surname: `GUEST${g}X${i}` });
      return { ...base, document: { ...base.document!, number: `N${g}X${i}` } };
    });
    await value<CheckInResult>(core, 'stays.checkIn', checkInInput(guests, { room: `${100 + g}` }));
  }
  return { core, file };
}

describe('a backup taken in a worker thread', () => {
  it('answers desk calls while the copy is being checked', async () => {
    const { core, file } = await busyCore(40);
    const stages: string[] = [];
    let finished = false;
    // The desk asks for In house over and over; each answer is counted by the stage it saw.
    const answered = { beforeCopied: 0, whileChecking: 0 };
    const until = async (ready: () => boolean) => {
      while (!ready()) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    // Each stage is told once the desk has answered in the one before it.
    sabotage.deliver = async (m) => {
      const stage = (m as { kind: string; stage?: string }).stage;
      if (stage === 'copied') await until(() => answered.beforeCopied > 0);
      if (stage === 'checked') await until(() => answered.whileChecking > 0);
    };
    const taking = takeBackup(core.db, backupDirFor(file), NOW, 'manual', (s) => stages.push(s));
    void taking.finally(() => (finished = true)).catch(() => undefined);
    while (!finished) {
      const rows = await value<unknown[]>(core, 'stays.inHouse', { query: '' });
      expect(rows).toHaveLength(400);
      if (stages.includes('copied') && !stages.includes('checked')) answered.whileChecking += 1;
      else if (!stages.includes('copied')) answered.beforeCopied += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await taking;
    expect(info).toMatchObject({ good: true, counts: { guests: 400, stays: 400 } });
    expect(stages).toEqual(['copied', 'checked']);
    // Had the check run on this thread, no call could have been answered between the two stages.
    expect(answered.whileChecking).toBeGreaterThan(0);
    expect(answered.beforeCopied).toBeGreaterThan(0);
    core.close();
  }, 60_000);

  it('rejects, never hangs, when the thread reports an error', async () => {
    const partial = tmp.file('no-source.partial');
    fs.writeFileSync(partial, '');
    await expect(copyInThread({ source: tmp.file('missing.db'), partial })).rejects.toThrow();
  });

  it.each([
    ['dies without an answer', 'process.exit(3)'],
    ['throws', "throw new Error('boom')"],
  ])('fails the backup job as backup.check_failed when its thread %s', async (_, source) => {
    const { core, file } = await busyCore(1);
    sabotage.source = source;
    try {
      const r = await core.call('backup.create', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'backup.check_failed' } });
    } finally {
      sabotage.source = null;
    }
    // No copy is left behind, half-written or not, and the next backup is taken as before.
    expect(fs.readdirSync(backupDirFor(file))).toEqual([]);
    const next = await value<BackupInfo>(core, 'backup.create', {});
    expect(next.good).toBe(true);
    const failed = core.db
      .prepare(`SELECT details FROM audit_log WHERE action = 'job.failed'`)
      .pluck()
      .all() as string[];
    expect(failed.map((d) => JSON.parse(d) as { error: string })).toMatchObject([
      { error: 'backup.check_failed' },
    ]);
    core.close();
  });
});
