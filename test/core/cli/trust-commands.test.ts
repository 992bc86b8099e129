import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
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
    expect(oneJson(good.stdout)).toEqual({ ok: true, rows: 3, firstBadRow: null });

    const raw = new Database(file);
    raw.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET entity_id = '9' WHERE id = 2`);
    raw.close();
    const bad = cli('audit-verify', '--db', file);
    expect(bad.status).toBe(1);
    expect(oneJson(bad.stdout)).toEqual({ ok: false, rows: 3, firstBadRow: 2 });

    const missing = cli('audit-verify', '--db', tmp.file('nope.db'));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/no such file/);
  }, 120_000);

  it('backs up into a folder and restores only with --force, keeping the file aside', async () => {
    const file = await database('live.db');
    const out = tmp.file('usb');
    const backup = cli('backup', '--db', file, '--out', out);
    expect(backup.status, backup.stderr).toBe(0);
    const info = oneJson(backup.stdout) as { file: string; good: boolean; counts: object };
    expect(info).toMatchObject({ good: true, counts: { guests: 2, stays: 2, auditRows: 3 } });
    expect(fs.existsSync(info.file)).toBe(true);

    const refused = cli('restore', '--db', file, '--from', info.file);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);

    const restored = cli('restore', '--db', file, '--from', info.file, '--force');
    expect(restored.status, restored.stderr).toBe(0);
    const result = oneJson(restored.stdout) as { keptAside: string };
    expect(fs.existsSync(result.keptAside)).toBe(true);
    const verify = cli('audit-verify', '--db', file);
    expect(oneJson(verify.stdout)).toEqual({ ok: true, rows: 3, firstBadRow: null });

    const noOut = cli('backup', '--db', file);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out DIR is required/);
  }, 180_000);
});
