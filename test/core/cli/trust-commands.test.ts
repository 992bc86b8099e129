import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { runRestoreCommand } from '../../../electron/core/cli/trust-commands';
import { closedCleanly } from '../../../electron/core/db/clean-close';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// The CLI as other tools run it: real processes (slow to start, hence the generous timeouts).
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/core/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIRKEU_LANG: 'en' },
  });

const oneJson = (stdout: string): Record<string, unknown> => {
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as Record<string, unknown>;
};

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function database(name: string): Promise<string> {
  const file = tmp.file(name);
  const core = createCore({ dbFile: file, now: () => new Date('2026-03-23T06:00:00Z') });
  await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'ALIEV' })]));
  await value(core, 'stays.checkIn', checkInInput([guestEntry({ surname: 'BEKOV' })]));
  core.close();
  return file;
}

describe('audit-verify, backup and restore on the command line', () => {
  it('audit-verify prints exactly one JSON object, exit 0 when the chain holds, 1 when not', async () => {
    const file = await database('verify.db');
    const good = cli('audit-verify', '--db', file);
    expect(good.status).toBe(0);
    expect(oneJson(good.stdout)).toMatchObject({ ok: true, rows: 3, firstBadRow: null });

    const raw = new Database(file);
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET entity_id = '9' WHERE id = 2`);
    raw.close();
    const bad = cli('audit-verify', '--db', file);
    expect(bad.status).toBe(1);
    expect(oneJson(bad.stdout)).toMatchObject({ ok: false, rows: 3, firstBadRow: 2 });

    const missing = cli('audit-verify', '--db', tmp.file('nope.db'));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/no such file/);
  }, 120_000);

  it('audit-verify exits 1 with the reason when the last row was deleted', async () => {
    const file = await database('truncated.db');
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3');
    raw.close();
    const r = cli('audit-verify', '--db', file);
    expect(r.status).toBe(1);
    expect(oneJson(r.stdout)).toMatchObject({
      ok: false,
      rows: 2,
      firstBadRow: 3,
      reason: 'truncated',
      anchor: { id: 3 },
    });
  }, 120_000);

  it('backs up into a folder and restores only with --force, keeping the file aside', async () => {
    const file = await database('live.db');
    const out = tmp.file('usb');
    const backup = cli('backup', '--db', file, '--out', out);
    expect(backup.status, backup.stderr).toBe(0);
    const info = oneJson(backup.stdout) as { file: string; good: boolean; counts: object };
    expect(info).toMatchObject({ good: true, counts: { guests: 2, stays: 2, auditRows: 3 } });
    expect(fs.existsSync(info.file)).toBe(true);
    // Closed cleanly, as the app closes it: the next start skips the full check (issue 21).
    expect(closedCleanly(file)).toBe(true);

    const refused = cli('restore', '--db', file, '--from', info.file);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);

    const restored = cli('restore', '--db', file, '--from', info.file, '--force');
    expect(restored.status, restored.stderr).toBe(0);
    const result = oneJson(restored.stdout) as { keptAside: string };
    expect(fs.existsSync(result.keptAside)).toBe(true);
    const verify = cli('audit-verify', '--db', file);
    expect(oneJson(verify.stdout)).toMatchObject({ ok: true, rows: 3, firstBadRow: null });

    const noOut = cli('backup', '--db', file);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out DIR is required/);
  }, 180_000);

  it('restore leaves nothing beside the source backup and makes the data folder owner-only', async () => {
    const file = await database('source-live.db');
    const stick = tmp.file('stick');
    const taken = cli('backup', '--db', file, '--out', stick);
    const source = (oneJson(taken.stdout) as { file: string }).file;
    // A copy still in WAL mode (someone copied a live database): a read-only open by SQLite
    // would leave -wal and -shm beside it on the stick.
    const wal = new Database(source);
    wal.pragma('journal_mode = WAL');
    wal.close();
    const bytes = fs.readFileSync(source);
    const target = tmp.file('new-home/data/tirkeu.db');
    const r = runRestoreCommand(['--db', target, '--from', source]);
    expect(r.exitCode, r.stderr).toBe(0);
    // The backup and the chain-head manifest `cli backup` wrote beside it; nothing more.
    expect(fs.readdirSync(stick).sort()).toEqual([
      path.basename(source),
      `${path.basename(source)}.head`,
    ]);
    expect(fs.readFileSync(source).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.dirname(target)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.dirname(path.dirname(target))).mode & 0o777).toBe(0o700);
      expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    }
    // The database, its chain head and the folder's chain key: no -wal, -shm or journal left.
    expect(fs.readdirSync(path.dirname(target)).sort()).toEqual([
      'tirkeu-chain.key',
      'tirkeu.db',
      'tirkeu.db.head',
    ]);
    const verify = cli('audit-verify', '--db', target);
    expect(oneJson(verify.stdout)).toMatchObject({ ok: true });
  }, 120_000);
});
