import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../../electron/core/cli/export-command';
import { runShiftReportCommand } from '../../../electron/core/cli/shift-report-command';
import { createCore } from '../../../electron/core/core';
import { takeBackup } from '../../../electron/core/db/backup/backup';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { tempDir, value } from '../../helpers/core';

// Registers, shift reports and backups are full of passport numbers: only their owner may read
// them, from the first byte written, and a name someone planted is never written through.
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const NOW = () => new Date('2026-03-26T18:00:00Z');

describe.skipIf(process.platform === 'win32')('files full of passport numbers', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const db = tmp.file('hotel.db');
  const prepared = (async () => {
    const core = createCore({ dbFile: db, now: () => new Date('2026-03-20T06:00:00Z') });
    await value(
      core,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'TAYLOR', givenNames: 'EMMA', citizenship: 'GBR' })]),
    );
    core.close();
  })();
  const shiftReport = async (out: string, ...more: string[]) => {
    await prepared;
    return runShiftReportCommand(['--db', db, '--out', out, '--lang', 'en', ...more], NOW);
  };

  it('writes the shift report and the register 0600', async () => {
    const report = tmp.file('report.pdf');
    expect((await shiftReport(report)).exitCode).toBe(0);
    expect(mode(report)).toBe(0o600);
    const register = tmp.file('register.csv');
    const r = await runExportCommand(
      [
        '--db',
        db,
        '--from',
        '2026-03-01',
        '--to',
        '2026-03-31',
        '--format',
        'csv',
        '--out',
        register,
      ],
      NOW,
    );
    expect(r.exitCode).toBe(0);
    expect(mode(register)).toBe(0o600);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('never replaces a file or a symlink at the report’s path without --force, nor follows one', async () => {
    const victim = tmp.file('victim.txt');
    fs.writeFileSync(victim, 'not yours');
    const link = tmp.file('link.pdf');
    fs.symlinkSync(victim, link);
    const dangling = tmp.file('dangling.pdf');
    fs.symlinkSync(tmp.file('nowhere.pdf'), dangling);
    for (const out of [link, dangling]) {
      const r = await shiftReport(out);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('--force');
      expect(fs.lstatSync(out).isSymbolicLink()).toBe(true);
    }
    expect(fs.existsSync(tmp.file('nowhere.pdf'))).toBe(false);
    // With --force the link itself is replaced by the report; what it pointed to is untouched.
    expect((await shiftReport(link, '--force')).exitCode).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(mode(link)).toBe(0o600);
    expect(fs.readFileSync(victim, 'utf8')).toBe('not yours');
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('keeps the online backup’s copy owner-only while it is being written', async () => {
    await prepared;
    const core = createCore({ dbFile: db, now: NOW });
    const dir = tmp.file('backups-probe');
    const taking = takeBackup(core.db, dir, NOW());
    // Before the first page is copied: the partial file exists, and already private.
    const partial = fs.readdirSync(dir).filter((f) => f.endsWith('.partial'));
    expect(partial).toHaveLength(1);
    expect(mode(`${dir}/${partial[0]}`)).toBe(0o600);
    const info = await taking;
    expect(mode(info.file)).toBe(0o600);
    core.close();
  });
});
