import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../../electron/core/cli/export-command';
import type { RegisterView } from '../../../shared/contract';
import { value, type tempDir } from '../../helpers/core';
import { demoCore, DEMO_NOW, FEBRUARY } from '../reports/demo-fixture';

describe('npm run cli -- export', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  let expected: RegisterView;
  beforeAll(async () => {
    const demo = await demoCore();
    tmp = demo.tmp;
    db = tmp.file('demo.db');
    expected = await value<RegisterView>(demo.core, 'reports.register', FEBRUARY);
    demo.core.close();
  }, 120_000);
  afterAll(() => tmp.cleanup());
  const run = (args: string[]) => runExportCommand(args, () => DEMO_NOW);
  const base = (out: string, format = 'xlsx') => [
    '--db',
    db,
    '--from',
    FEBRUARY.from,
    '--to',
    FEBRUARY.to,
    '--format',
    format,
    '--out',
    out,
  ];

  it('writes the month as an XLSX with the register’s rows', async () => {
    const out = tmp.file('feb.xlsx');
    const r = await run([...base(out), '--lang', 'en']);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    expect(r.stdout).toContain(`${expected.totals.notices} rows`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Register')!.rowCount).toBe(expected.totals.notices + 1);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('refuses to replace an existing file without --force, and replaces it with', async () => {
    const out = tmp.file('kept.csv');
    fs.writeFileSync(out, 'keep me');
    const refused = await run(base(out, 'csv'));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('already exists; add --force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await run([...base(out, 'csv'), '--force', '--lang', 'ru']);
    expect(forced.exitCode).toBe(0);
    expect(fs.readFileSync(out, 'utf8').startsWith('\uFEFF№;Гость;')).toBe(true);
  });

  it.each([
    [['--from', '2026-02-01'], '--db is required'],
    [
      [
        '--db',
        'x.db',
        '--from',
        '2026-02-30',
        '--to',
        '2026-03-01',
        '--format',
        'csv',
        '--out',
        'o',
      ],
      'is not a date',
    ],
    [
      [
        '--db',
        'x.db',
        '--from',
        '2026-03-01',
        '--to',
        '2026-02-01',
        '--format',
        'csv',
        '--out',
        'o',
      ],
      'is before --from',
    ],
    [
      [
        '--db',
        'x.db',
        '--from',
        '2026-02-01',
        '--to',
        '2026-02-28',
        '--format',
        'doc',
        '--out',
        'o',
      ],
      'not one of xlsx, csv, pdf',
    ],
    [
      [
        '--db',
        'x.db',
        '--from',
        '2026-02-01',
        '--to',
        '2026-02-28',
        '--format',
        'csv',
        '--out',
        'o',
        '--lang',
        'de',
      ],
      '--lang',
    ],
    [['--bogus'], 'Unknown option'],
  ])('exits 2 with a clear message on bad arguments %#', async (args, message) => {
    const r = await run(args);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run cli -- export');
  });

  it('never creates a database that is not there', async () => {
    const missing = tmp.file('nope.db');
    const r = await run([...base(tmp.file('x.pdf'), 'pdf').slice(2), '--db', missing]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('does not exist');
    expect(fs.existsSync(missing)).toBe(false);
  });
});
