import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runShiftReportCommand } from '../../../electron/core/cli/shift-report-command';
import { createCore } from '../../../electron/core/core';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

describe('cli shift-report', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const now = () => new Date('2026-03-26T18:00:00Z');
  const db = tmp.file('hotel.db');

  it('writes the report PDF to the path given, listing the open notices', async () => {
    const core = createCore({ dbFile: db, now: () => new Date('2026-03-20T06:00:00Z') });
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
    );
    core.close();
    const out = tmp.file('report.pdf');
    const r = await runShiftReportCommand(['--db', db, '--out', out, '--lang', 'ru'], now);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(r.stdout).toContain('1 open notices');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Отчёт за смену');
    expect(text).toMatch(/TAYLOR EMMA.*27\.03\.2026/);
  });

  it('refuses to overwrite a file without --force', async () => {
    const out = tmp.file('exists.pdf');
    fs.writeFileSync(out, 'keep me');
    const r = await runShiftReportCommand(['--db', db, '--out', out], now);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runShiftReportCommand(
      ['--db', db, '--out', out, '--force', '--lang', 'en'],
      now,
    );
    expect(forced.exitCode).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown language and a missing database', async () => {
    expect(
      (await runShiftReportCommand(['--db', db, '--out', tmp.file('x.pdf'), '--lang', 'de'], now))
        .exitCode,
    ).toBe(2);
    const missing = await runShiftReportCommand(
      ['--db', tmp.file('nope.db'), '--out', tmp.file('y.pdf')],
      now,
    );
    expect(missing.exitCode).toBe(2);
    expect(fs.existsSync(tmp.file('nope.db'))).toBe(false);
  });
});
