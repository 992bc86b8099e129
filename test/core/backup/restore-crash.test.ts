import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppFailure } from '../../../shared/contract';
import { createCore } from '../../../electron/core/core';
import type { FinishedRestore, RestoreStep } from '../../../electron/core/db/backup/restore';
import { restoreFinishedText } from '../../../electron/core/recovery';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NOW = new Date('2026-03-23T06:00:00Z');
const STEPS: RestoreStep[] = ['copied', 'journaled', 'aside', 'aside-wal', 'aside-shm', 'swapped'];
const root = path.resolve(__dirname, '../../..');

/** Runs `code` in a child Node process (TypeScript, the repo's modules by absolute path). */
function child(code: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, ...args],
    { encoding: 'utf8', cwd: root },
  );
}

// The app crashed: its last write sits in the -wal beside the file (the state a restore from
// the command line finds after a crash), so the file's sidecars must move with it.
const CRASH_AFTER_WRITE = `
  import Database from 'better-sqlite3';
  const db = new Database(process.argv[1]);
  db.pragma('wal_autocheckpoint = 0');
  db.prepare(\`INSERT INTO settings (key, value) VALUES ('last-write', '"kept"')\`).run();
  process.kill(process.pid, 'SIGKILL');`;

// A restore killed right after one of its steps.
const RESTORE_KILLED_AT = `
  import { restoreFile } from ${JSON.stringify(path.join(root, 'electron/core/db/backup/restore.ts'))};
  const [dbFile, backup, step] = process.argv.slice(1);
  restoreFile(dbFile, backup, new Date(), (s) => {
    if (s === step) process.kill(process.pid, 'SIGKILL');
  });
  process.stdout.write('finished without being killed');`;

const guests = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT surname FROM guests ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('a restore killed at any step', () => {
  let template: string;
  let backup: string;
  beforeAll(async () => {
    template = tmp.file('template/tirkeu.db');
    const old = createCore({ dbFile: template, now: () => NOW });
    for (const surname of ['ALIEV', 'BEKOV']) {
      await value(old, 'stays.checkIn', checkInInput([guestEntry({ surname })]));
    }
    old.close();
    const crashed = child(CRASH_AFTER_WRITE, template);
    expect(crashed.signal).toBe('SIGKILL');
    expect(fs.statSync(`${template}-wal`).size).toBeGreaterThan(0);

    const other = createCore({ dbFile: tmp.file('other/tirkeu.db'), now: () => NOW });
    await value(other, 'stays.checkIn', checkInInput([guestEntry({ surname: 'CHEN' })]));
    backup = (await other.backups.backupNow('manual')).file;
    other.close();
  }, 60_000);

  for (const step of STEPS) {
    it(`leaves the database whole at the next start when killed after "${step}"`, async () => {
      const dir = tmp.file(`killed-${step}`);
      fs.mkdirSync(dir);
      const dbFile = path.join(dir, 'tirkeu.db');
      // The whole data folder: the file, its sidecars, its chain head and the folder's key.
      for (const s of ['', '-wal', '-shm', '.head']) fs.copyFileSync(template + s, dbFile + s);
      fs.copyFileSync(
        path.join(path.dirname(template), 'tirkeu-chain.key'),
        path.join(dir, 'tirkeu-chain.key'),
      );

      const killed = child(RESTORE_KILLED_AT, dbFile, backup, step);
      expect(killed.signal, killed.stderr).toBe('SIGKILL');

      const told: unknown[] = [];
      const core = createCore({ dbFile, now: () => NOW, onRestoreFinished: (f) => told.push(f) });
      const surnames = core.db.prepare('SELECT surname FROM guests ORDER BY id').pluck().all();
      const leftovers = fs.readdirSync(dir).filter((f) => /restoring|journal/.test(f));
      expect(leftovers).toEqual([]);
      if (step === 'copied') {
        // Killed before the journal: the database was never touched, its last write included.
        expect(surnames).toEqual(['ALIEV', 'BEKOV']);
        expect(core.repos.settings.get('last-write')).toBe('kept');
        expect(told).toEqual([]);
      } else {
        // From the journal on, the restore is completed at start, and said so.
        expect(surnames).toEqual(['CHEN']);
        expect(told).toHaveLength(1);
        const aside = (told[0] as { keptAside: string }).keptAside;
        expect(path.basename(aside)).toMatch(/^tirkeu\.db\.before-restore-/);
        // The file it replaced is whole beside it, its last write (from its -wal) included.
        expect(guests(aside)).toEqual(['ALIEV', 'BEKOV']);
        const kept = new Database(aside, { readonly: true });
        expect(
          kept.prepare("SELECT value FROM settings WHERE key = 'last-write'").pluck().get(),
        ).toBe('"kept"');
        kept.close();
        expect(core.repos.audit.latest(1)[0]).toMatchObject({ action: 'backup.restore_finished' });
        expect(restoreFinishedText('kk', told[0] as FinishedRestore)).toMatch(
          /үзіліп қалған.*tirkeu\.db\.before-restore-/,
        );
      }
      expect(core.repos.audit.verify().ok).toBe(true);
      core.close();
    }, 60_000);
  }

  it('runs to the end when nothing stops it', () => {
    const dir = tmp.file('uninterrupted');
    fs.mkdirSync(dir);
    const dbFile = path.join(dir, 'tirkeu.db');
    for (const s of ['', '-wal', '-shm']) fs.copyFileSync(template + s, dbFile + s);
    const r = child(RESTORE_KILLED_AT, dbFile, backup, 'never');
    expect(r.stdout).toBe('finished without being killed');
    expect(guests(dbFile)).toEqual(['CHEN']);
  }, 60_000);
});

describe('a restore run again before the app started', () => {
  it('completes the interrupted one first, so both replaced files are kept', async () => {
    const dir = tmp.file('twice');
    fs.mkdirSync(dir);
    const dbFile = path.join(dir, 'tirkeu.db');
    const core = createCore({ dbFile, now: () => NOW });
    await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ERMEK' })]));
    const taken = await core.backups.backupNow('manual');
    core.close();
    const killed = child(RESTORE_KILLED_AT, dbFile, taken.file, 'aside');
    expect(killed.signal).toBe('SIGKILL');
    const again = child(RESTORE_KILLED_AT, dbFile, taken.file, 'never');
    expect(again.stdout).toBe('finished without being killed');
    const kept = fs.readdirSync(dir).filter((f) => /^tirkeu\.db\.before-restore-[^-]+.*Z$/.test(f));
    expect(kept).toHaveLength(2);
    expect(fs.readdirSync(dir).filter((f) => /restoring|journal/.test(f))).toEqual([]);
    expect(guests(dbFile)).toEqual(['ERMEK']);
  }, 60_000);
});

describe('a data folder a restore left without its database', () => {
  it('never gets a new, empty database where a restore kept the data aside', () => {
    const dir = tmp.file('only-aside');
    fs.mkdirSync(dir);
    const dbFile = path.join(dir, 'tirkeu.db');
    fs.writeFileSync(`${dbFile}.before-restore-2026-03-20T06-00-00-000Z`, 'kept data');
    let refusal: unknown;
    try {
      createCore({ dbFile, now: () => NOW }).close();
    } catch (err) {
      refusal = err;
    }
    expect((refusal as AppFailure).error).toMatchObject({
      code: 'db.missing_after_restore',
      params: { aside: 'tirkeu.db.before-restore-2026-03-20T06-00-00-000Z' },
    });
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it('finishes what an earlier Tirkeu left: the file aside, the whole copy not yet renamed', async () => {
    const dir = tmp.file('old-leftovers');
    fs.mkdirSync(dir);
    const dbFile = path.join(dir, 'tirkeu.db');
    const before = createCore({ dbFile, now: () => NOW });
    await value(before, 'stays.checkIn', checkInInput([guestEntry({ surname: 'DOSOV' })]));
    const taken = await before.backups.backupNow('manual');
    before.close();
    fs.renameSync(dbFile, `${dbFile}.before-restore-2026-03-23T06-00-00-000Z`);
    fs.copyFileSync(taken.file, `${dbFile}.restoring`);
    const core = createCore({ dbFile, now: () => NOW });
    expect(core.db.prepare('SELECT surname FROM guests').pluck().all()).toEqual(['DOSOV']);
    expect(fs.existsSync(`${dbFile}.restoring`)).toBe(false);
    core.close();
  });
});
