import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { csvField } from '../../../electron/core/exports/csv-writer';
import {
  guestName,
  kzDateTime,
  REGISTER_COLUMNS,
} from '../../../electron/core/exports/register-columns';
import { exportToBuffer, exportToFile } from '../../../electron/core/exports/register-export';
import { registerDocument } from '../../../electron/core/services/reports-service';
import type { ExportedFile, RegisterView, Statistics } from '../../../shared/contract';
import { value, type tempDir } from '../../helpers/core';
import { countsFromDb, demoCore, DEMO_NOW, FEBRUARY } from './demo-fixture';

describe('the register of foreign guests in three formats', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let view: RegisterView;
  beforeAll(async () => {
    ({ core, tmp } = await demoCore());
    view = await value<RegisterView>(core, 'reports.register', FEBRUARY);
  }, 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });
  const doc = (lang: 'kk' | 'ru' | 'en') => registerDocument(core.deps, FEBRUARY, lang, DEMO_NOW);

  it('counts one row per owed host’s notice, with totals that match the tables', () => {
    const db = countsFromDb(core, FEBRUARY.from, FEBRUARY.to);
    expect(db.notices).toBeGreaterThan(30);
    expect(db.late).toBeGreaterThan(0);
    expect(db.overdue).toBeGreaterThan(0);
    expect(view.totals).toMatchObject(db);
    expect(view.rows).toHaveLength(db.notices);
    expect(view.totals.onTime + view.totals.late + view.totals.overdue + view.totals.open).toBe(
      db.notices,
    );
  });

  it('counts working days late from the day after the deadline to the filing', () => {
    const late = view.rows.filter((r) => r.timeliness === 'late');
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(r.filedAt! > `${r.dueDate}T18:59:59.999Z`).toBe(true);
    expect(late.some((r) => r.workingDaysLate > 0)).toBe(true);
  });

  it('writes an XLSX with typed cells, a frozen header, filters and a summary of totals', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportToBuffer(doc('en'), 'xlsx')) as never);
    const sheet = wb.getWorksheet('Register')!;
    expect(sheet.rowCount).toBe(view.rows.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Date of birth');
    const col = (name: string) => header.indexOf(name) + 1;
    const first = view.rows[0]!;
    const row = sheet.getRow(2);
    expect(row.getCell(col('No.')).value).toBe(1);
    expect(row.getCell(col('Check-in')).value).toEqual(new Date(`${first.eventDate}T00:00:00Z`));
    expect(row.getCell(col('Check-in')).numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(col('Deadline')).value).toBeInstanceOf(Date);
    expect(row.getCell(col('Room')).value).toBe(first.room);
    // Widths fit the longest value in each column.
    expect(sheet.getColumn(col('Guest')).width).toBeGreaterThan(15);
    let late = 0;
    sheet.eachRow((r, i) => {
      if (i > 1 && r.getCell(col('On time?')).value === 'Late') late += 1;
    });
    expect(late).toBe(view.totals.late);
    const summary = wb.getWorksheet('Summary')!;
    const totals = new Map<string, unknown>();
    summary.eachRow((r) => totals.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(totals.get('Notifications owed')).toBe(view.totals.notices);
    expect(totals.get('Filed late')).toBe(view.totals.late);
    expect(totals.get('Overdue, not filed')).toBe(view.totals.overdue);
  });

  it('writes every date of every row as a date in its column’s format, filings in Kazakh time', async () => {
    const wb = new ExcelJS.Workbook();
    const kk = doc('kk');
    // The demo has every date but filings, each filed on the minute: an empty date must stay
    // empty, and a filing's seconds are dropped as the CSV and the PDF drop them.
    const filedAt = '2026-02-10T20:41:37.250Z';
    kk.rows = kk.rows.map((r, i) =>
      i === 1 ? { ...r, birthDate: null, entryDate: null, filedAt } : r,
    );
    await wb.xlsx.load((await exportToBuffer(kk, 'xlsx')) as never);
    // Dated when it was printed, whenever the bytes were written.
    expect(wb.created).toEqual(DEMO_NOW);
    expect(wb.modified).toEqual(DEMO_NOW);
    const sheet = wb.getWorksheet('Тізілім')!;
    const dates = [
      ['birthDate', 'birthDate'],
      ['checkIn', 'eventDate'],
      ['checkOut', 'checkOutDate'],
      ['entryDate', 'entryDate'],
      ['deadline', 'dueDate'],
    ] as const;
    const at = (key: string) => REGISTER_COLUMNS.findIndex((c) => c.key === key) + 1;
    expect(kk.rows.some((r) => r.filedAt) && kk.rows.some((r) => !r.filedAt)).toBe(true);
    kk.rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      for (const [key, field] of dates) {
        const cell = row.getCell(at(key));
        expect(cell.numFmt).toBe('dd.mm.yyyy');
        expect(cell.value).toEqual(r[field] ? new Date(`${r[field]}T00:00:00Z`) : null);
      }
      const filed = row.getCell(at('filedAt'));
      expect(filed.numFmt).toBe('dd.mm.yyyy hh:mm');
      // Read back to the millisecond: a day count off by a rounding would show here.
      expect(filed.value).toEqual(
        r.filedAt ? new Date(`${kzDateTime(r.filedAt).replace(' ', 'T')}:00Z`) : null,
      );
      expect(row.getCell(at('n')).value).toBe(i + 1);
    });
    expect(sheet.getRow(3).getCell(at('filedAt')).value).toEqual(new Date('2026-02-11T01:41:00Z'));
    // Each width is the longest text of its column, header included (a date counts as ten).
    const header = (key: string) => String(sheet.getCell(1, at(key)).value).length;
    const guests = Math.max(header('guest'), ...kk.rows.map((r) => guestName(r).length));
    expect(sheet.getColumn(at('guest')).width).toBe(Math.min(60, guests + 2));
    expect(sheet.getColumn(at('checkOut')).width).toBe(Math.max(10, header('checkOut')) + 2);
  });

  it('writes a CSV with a BOM, the locale’s separator and the same rows', async () => {
    const ru = (await exportToBuffer(doc('ru'), 'csv')).toString('utf8');
    expect(ru.charCodeAt(0)).toBe(0xfeff);
    const records = parse(ru, { bom: true, delimiter: ';', columns: true }) as Array<
      Record<string, string>
    >;
    expect(records).toHaveLength(view.totals.notices);
    expect(records.filter((r) => r['В срок?'] === 'С опозданием')).toHaveLength(view.totals.late);
    expect(records.filter((r) => r['В срок?'] === 'В срок')).toHaveLength(view.totals.onTime);
    expect(records[0]!['Срок']).toBe(view.rows[0]!.dueDate);
    const en = (await exportToBuffer(doc('en'), 'csv')).toString('utf8');
    const enRows = parse(en, { bom: true, delimiter: ',', columns: true }) as unknown[];
    expect(enRows).toHaveLength(view.totals.notices);
  });

  it('quotes CSV fields as RFC 4180 says and defuses formulas', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField('plain', ';')).toBe('plain');
    expect(csvField('=HYPERLINK("x")', ',')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes a PDF whose text holds the hotel, the totals and page numbers, in Kazakh', async () => {
    const out = tmp.file('feb.pdf');
    await exportToFile(doc('kk'), 'pdf', out);
    const text = execFileSync('pdftotext', ['-layout', out, '-']).toString('utf8');
    expect(text).toContain('Шетелдік қонақтар тізілімі');
    expect(text).toContain('Hotel Saryarqa');
    expect(text).toContain(`Талап етілген хабарламалар: ${view.totals.notices}`);
    expect(text).toContain(`Кешігіп жіберілді: ${view.totals.late}`);
    expect(text).toContain(`Мерзімі өтті, жіберілмеген: ${view.totals.overdue}`);
    expect(text).toMatch(/\d+ беттің 1-беті/);
  }, 60_000);

  it('gives the statistics screen the same totals as the files', async () => {
    const stats = await value<Statistics>(core, 'reports.statistics', FEBRUARY);
    expect(stats.totals).toEqual(view.totals);
    const month = stats.perMonth.find((m) => m.month === '2026-02')!;
    expect(month).toMatchObject({ late: view.totals.late, overdue: view.totals.overdue });
  });

  it('exports as a job: the file waits in the core’s store, the export is audited', async () => {
    const r = await value<ExportedFile>(core, 'reports.export', {
      ...FEBRUARY,
      format: 'xlsx',
      language: 'ru',
    });
    expect(r.file).toMatchObject({ name: 'register-2026-02-01-2026-02-28.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(core.deps.files.get(r.file.fileId).bytes as never);
    expect(wb.getWorksheet('Реестр')!.rowCount).toBe(view.totals.notices + 1);
    const audit = core.db
      .prepare(
        "SELECT action, details FROM audit_log WHERE entity = 'job' ORDER BY id DESC LIMIT 1",
      )
      .get() as { action: string; details: string };
    expect(audit.action).toBe('job.done');
    expect(JSON.parse(audit.details)).toMatchObject({
      method: 'reports.export',
      format: 'xlsx',
      rows: view.totals.notices,
    });
  });

  it('leaves no file at all when writing fails half way', async () => {
    const broken = doc('en');
    // The sixth row fails as it is written (labels are looked up once, so the row is the trap).
    expect(broken.rows.length).toBeGreaterThan(6);
    broken.rows = broken.rows.map((r, i) =>
      i === 5
        ? new Proxy(r, {
            get: () => {
              throw new Error('disk gone');
            },
          })
        : r,
    );
    const out = tmp.file('broken.csv');
    await expect(exportToFile(broken, 'csv', out)).rejects.toThrow('disk gone');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('broken'))).toEqual([]);
  });
});
