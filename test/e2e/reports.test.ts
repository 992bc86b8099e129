/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterView } from '../../shared/contract';
import { seedDemo } from '../../electron/core/demo/seed-demo';
import { translate } from '../../shared/locales';
import { startApp, type AppHarness } from './harness';

const NOW = new Date('2026-03-26T07:00:00Z');

describe('Guest history and Reports', () => {
  let app: AppHarness;
  let departed: { stayId: number; surname: string; givenNames: string; documentNumber: string };
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await seedDemo(app.core, NOW);
    // A guest who has left and has no stay in house now: In house cannot find them.
    departed = app.core.db
      .prepare(
        `SELECT s.id AS stayId, g.surname, g.given_names AS givenNames, d.number AS documentNumber
         FROM stays s JOIN guests g ON g.id = s.guest_id JOIN documents d ON d.id = s.document_id
         WHERE s.status = 'checked_out' AND g.citizenship != 'KAZ' AND NOT EXISTS
           (SELECT 1 FROM stays o WHERE o.guest_id = g.id AND o.status IN ('in_house', 'absent'))
         ORDER BY s.id LIMIT 1`,
      )
      .get() as typeof departed;
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds a departed guest by document number and opens their stay', async () => {
    const page = await app.open('/history');
    await page
      .getByRole('searchbox', { name: 'Search by name, document or room' })
      .fill(departed.documentNumber.slice(0, 6));
    const table = page.getByRole('table', { name: 'Every stay, newest first' });
    const row = table.getByRole('row').filter({ hasText: departed.documentNumber });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expect.poll(() => row.first().innerText()).toContain('Departed');
    await row.first().focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await expect
      .poll(() => drawer.getByRole('heading').first().innerText())
      .toContain(departed.surname);
    expect(page.url()).toContain(`stay=${departed.stayId}`);
  });

  it('filters the history to late notifications only', async () => {
    const page = await app.open('/history');
    await page.getByRole('combobox', { name: 'Notification' }).click();
    await page.getByRole('option', { name: 'Late' }).click();
    const table = page.getByRole('table', { name: 'Every stay, newest first' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    const states = await table
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((r) => (r as HTMLElement).innerText));
    for (const s of states) expect(s).toMatch(/Overdue|Filed late/);
  });

  it('exports February as XLSX from the screen with the register’s totals', async () => {
    const page = await app.open('/reports');
    await page.getByRole('combobox', { name: 'Month' }).click();
    await page.getByRole('option', { name: 'February 2026' }).click();
    const expected = await app.core.call('reports.register', {
      from: '2026-02-01',
      to: '2026-02-28',
    });
    if (!expected.ok) throw new Error(JSON.stringify(expected.error));
    const view = expected.value as RegisterView;
    await expect
      .poll(() => page.locator('[data-total="notices"]').innerText())
      .toBe(String(view.totals.notices));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('register-2026-02-01-2026-02-28.xlsx');
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('Register')!;
    expect(sheet.rowCount - 1).toBe(view.totals.notices);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'is ready' }).innerText())
      .toContain(`${view.totals.notices} rows`);
    // The statistics of the same month print the same totals.
    await page.getByRole('tab', { name: 'Statistics' }).click();
    const stats = page.getByRole('tabpanel', { name: 'Statistics' });
    await expect
      .poll(() => stats.locator('[data-total="late"]').innerText())
      .toBe(String(view.totals.late));
    expect(await stats.locator('[data-total="overdue"]').innerText()).toBe(
      String(view.totals.overdue),
    );
    expect(await stats.locator('[data-total="notices"]').innerText()).toBe(
      String(view.totals.notices),
    );
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`exports February as a PDF in ${lang}, its first page kept as a look`, async () => {
      const page = await app.open('/reports', lang);
      await page.getByRole('combobox', { name: translate(lang, 'reports:screen.month') }).click();
      // Newest first: March 2026 (the demo's today), then February.
      await page.getByRole('option').filter({ hasText: '2026' }).nth(1).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', {
            name: translate(lang, 'reports:register.exportAs', { format: 'PDF' }),
          })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe('register-2026-02-01-2026-02-28.pdf');
      const file = await download.path();
      const look = path.resolve('test-results', 'screenshots', `register-pdf-${lang}`);
      fs.mkdirSync(path.dirname(look), { recursive: true });
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '-png',
        file,
        look,
      ]);
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain(translate(lang, 'reports:file.title'));
      // The first row's guest, whole: the table wraps between words, never inside one.
      const guests = app.core.db
        .prepare(
          `SELECT g.surname FROM notifications n JOIN stays s ON s.id = n.stay_id
           JOIN guests g ON g.id = s.guest_id
           WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
             AND n.event_date BETWEEN '2026-02-01' AND '2026-02-28'`,
        )
        .all() as Array<{ surname: string }>;
      expect(guests.some((g) => text.includes(g.surname))).toBe(true);
    });

    it(`looks right in ${lang}: history, register, statistics`, async () => {
      const page = await app.open('/history', lang);
      await page.getByRole('table').first().waitFor();
      await app.screenshot(`history-${lang}`);
      const reports = await app.open('/reports', lang);
      await reports.getByRole('table').first().waitFor();
      await app.screenshot(`register-${lang}`);
      await reports.getByRole('tab').nth(1).click();
      await reports.locator('svg').first().waitFor();
      await app.screenshot(`statistics-${lang}`);
    });
  }
});
