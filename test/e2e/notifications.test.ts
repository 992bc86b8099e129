/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/seed-demo';
import type { BoardRow, BoardView, FilingView } from '../../shared/contract';
import { startApp, type AppHarness } from './harness';
import { noticePdf } from './pdf-fixture';

/** Thursday 26 March 2026, 12:00 in Kazakhstan: the demo hotel's story is told up to here. */
const NOW = new Date('2026-03-26T07:00:00Z');

async function api<T>(app: AppHarness, method: string, input: unknown): Promise<T> {
  const r = await app.core.call(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

const board = (app: AppHarness) => api<BoardView>(app, 'notifications.board', {});
const filing = (app: AppHarness, notificationId: number, portal?: 'eqonaq' | 'vmp') =>
  api<FilingView>(app, 'notifications.filing', { notificationId, portal });
const nameOf = (r: Pick<BoardRow, 'surname' | 'givenNames'>) =>
  [r.surname, r.givenNames].filter(Boolean).join(' ');

const summaryCount = async (page: Page, group: string): Promise<number> => {
  const text = await page
    .getByRole('list', { name: 'Notifications by group' })
    .getByRole('button', { name: new RegExp(`^${group}: \\d+$`) })
    .innerText();
  return Number(/(\d+)$/.exec(text)?.[1]);
};

/** Moves the board's keyboard focus to a row with the arrow keys, then opens it with Enter. */
async function openByKeyboard(page: Page, name: string) {
  const list = page.getByRole('listbox', { name: 'Notifications to file' });
  await list.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 400; i += 1) {
    const active = await list.getAttribute('aria-activedescendant');
    const text = active ? await page.locator(`#${active}`).innerText() : '';
    if (text.includes(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('Notifications', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await seedDemo(app.core, NOW);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: `http://127.0.0.1:${app.server.port}`,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the overdue and due-today notices, a departed guest’s among them', async () => {
    const data = await board(app);
    const overdue = data.rows.filter((r) => r.group === 'overdue');
    const today = data.rows.filter((r) => r.group === 'due_today');
    const departed = overdue.find((r) => r.stayStatus === 'checked_out');
    expect(overdue.length).toBeGreaterThan(0);
    expect(today.length).toBeGreaterThan(0);
    expect(departed).toBeDefined();

    const page = await app.open('/notifications', 'en');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await summaryCount(page, 'Overdue')).toBe(overdue.length);
    expect(await summaryCount(page, 'Due today')).toBe(today.length);
    const list = page.getByRole('listbox', { name: 'Notifications to file' });
    await list.getByRole('option', { name: new RegExp(nameOf(overdue[0]!)) }).waitFor();
    await list.getByRole('option', { name: new RegExp(nameOf(today[0]!)) }).waitFor();
    // A departed guest's row says so in words.
    await openByKeyboard(page, nameOf(departed!));
    await page
      .getByRole('region', { name: nameOf(departed!) })
      .getByText('has left')
      .waitFor();
    await page.getByRole('link', { name: /Notifications .*overdue or due today/ }).waitFor();
    await app.screenshot('notifications-board-en');
  });

  it('files one guest on e-Qonaq by keyboard alone, with the PDF, and the counts change', async () => {
    const data = await board(app);
    const candidates = data.rows.filter(
      (r) => r.kind === 'host_notice' && (r.group === 'overdue' || r.group === 'due_today'),
    );
    let target: BoardRow | undefined;
    for (const r of candidates) {
      if ((await filing(app, r.notificationId, 'eqonaq')).ready) {
        target = r;
        break;
      }
    }
    expect(target, 'a notice ready to file on e-Qonaq').toBeDefined();
    const row = target!;
    const before = data.groups.find((g) => g.group === row.group)!.count;
    const values = (await filing(app, row.notificationId, 'eqonaq')).fields.filter(
      (f) => f.value !== '',
    );

    const page = await app.open('/notifications', 'en');
    await openByKeyboard(page, nameOf(row));
    const panel = page.getByRole('region', { name: nameOf(row) });
    await panel.getByRole('tab', { name: /e-Qonaq/ }).click();
    await panel.getByText('Ready to file on e-Qonaq').waitFor();
    await panel.getByText('Alt + C copies the next value and moves on').waitFor();

    // Tick the steps with the keyboard, copying each value with the one shortcut in between.
    const steps = panel.getByRole('group', { name: 'Steps on e-Qonaq' }).getByRole('checkbox');
    await steps.nth(0).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (const v of values) {
      await page.keyboard.press('Alt+KeyC');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(v.value);
    }
    await panel.getByText('All values copied.').waitFor();
    expect(await steps.nth(0).isChecked()).toBe(true);

    // Mark as filed: the reference, then Enter submits the form.
    const form = panel.getByRole('form', { name: 'Mark as filed' });
    await form.getByRole('textbox', { name: 'Reference number' }).focus();
    await page.keyboard.type('EQ-2026-000123');
    await page.keyboard.press('Enter');
    await panel.getByText(/Filed on e-Qonaq, 26 Mar 2026/).waitFor();

    // Attach the PDF through the file button, opened with Enter.
    const [surname, given] = [row.surname, row.givenNames];
    const pdf = await noticePdf([
      `${surname} ${given}`,
      `Document ${values.find((v) => v.key === 'documentNumber')?.value ?? ''}`,
    ]);
    const attach = panel.getByRole('button', { name: 'Attach the notice PDF' });
    await attach.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'notice.pdf', mimeType: 'application/pdf', buffer: pdf });
    await panel.getByText(/it names this guest/).waitFor();
    await panel.getByText('Filed with proof ✓').first().waitFor();
    await app.screenshot('notifications-filed-en');

    const after = await board(app);
    expect(after.rows.some((r) => r.notificationId === row.notificationId)).toBe(false);
    expect(after.groups.find((g) => g.group === row.group)!.count).toBe(before - 1);
    const group = row.group === 'overdue' ? 'Overdue' : 'Due today';
    await expect.poll(() => summaryCount(page, group)).toBe(before - 1);
  });

  it('flags a PDF that names someone else and keeps it out unless confirmed', async () => {
    const data = await board(app);
    const row = data.rows.find((r) => r.kind === 'host_notice' && r.group !== 'needs_data')!;
    await api(app, 'notifications.markFiled', {
      notificationId: row.notificationId,
      portal: 'eqonaq',
      filedAt: NOW.toISOString(),
      reference: '',
    });
    const page = await app.open(`/notifications?notice=${row.notificationId}`, 'en');
    const panel = page.getByRole('region', { name: nameOf(row) });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Attach the notice PDF' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'smith.pdf',
      mimeType: 'application/pdf',
      buffer: await noticePdf(['SMITH JOHN', 'Document X99887766']),
    });
    const dialog = page.getByRole('dialog', { name: 'This PDF may be for someone else' });
    await dialog
      .getByText(new RegExp(`This PDF is for .*SMITH JOHN.*, not .*${row.surname}`))
      .waitFor();
    await app.screenshot('notifications-mismatch-en');
    await dialog.getByRole('button', { name: 'Do not attach' }).click();
    const view = await filing(app, row.notificationId);
    expect(view.state).toBe('filed_no_proof');
    expect(view.filings.find((f) => !f.voidedAt)?.proof).toBeNull();
  });

  it('files a family on VMP with the child on the parent’s document', async () => {
    const data = await board(app);
    let parent: BoardRow | undefined;
    let view: FilingView | undefined;
    for (const r of data.rows.filter((x) => x.kind === 'host_notice')) {
      const v = await filing(app, r.notificationId, 'vmp');
      if (v.children.length > 0) {
        parent = r;
        view = v;
        break;
      }
    }
    expect(parent, 'a parent with a child on their document').toBeDefined();
    const child = view!.children[0]!;
    const childName = ['surname', 'givenNames']
      .map((k) => child.fields.find((f) => f.key === k)?.value)
      .filter(Boolean)
      .join(' ');

    const page = await app.open(`/notifications?notice=${parent!.notificationId}`, 'en');
    const panel = page.getByRole('region', { name: nameOf(parent!) });
    await panel.getByRole('tab', { name: /vmp\.gov\.kz/ }).click();
    await panel.getByRole('heading', { name: `Child on this document: ${childName}` }).waitFor();
    await panel.getByRole('group', { name: 'Steps on vmp.gov.kz' }).waitFor();
    await app.screenshot('notifications-vmp-family-en');
    const form = panel.getByRole('form', { name: 'Mark as filed' });
    await form.getByRole('textbox', { name: 'Reference number' }).fill('VMP-77');
    await form.getByRole('button', { name: 'Mark as filed' }).click();
    await panel.getByText(/Filed on vmp\.gov\.kz/).waitFor();
    const after = await filing(app, parent!.notificationId);
    expect(after.state).toBe('filed_no_proof');
    expect(after.filings[0]).toMatchObject({ portal: 'vmp', reference: 'VMP-77' });
  });

  it('produces the end-of-shift report as a PDF listing the open notices, and signs it off', async () => {
    const open = (await board(app)).rows.filter((r) => r.state !== 'filed_no_proof');
    const page = await app.open('/notifications', 'en');
    await page.getByRole('button', { name: 'End-of-shift report' }).click();
    const dialog = page.getByRole('dialog', { name: 'End-of-shift report' });
    await dialog.getByRole('button', { name: 'Produce the PDF' }).click();
    await dialog.getByText('The report is ready').waitFor();
    await app.screenshot('notifications-report-en');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save the PDF' }).click();
    const file = path.join(app.dir, 'report.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const r of open.slice(0, 10)) expect(text).toContain(r.surname);
    await dialog.getByRole('button', { name: 'Sign off the report' }).click();
    await dialog.getByText(/Signed off by/).waitFor();
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`looks right in ${lang} at 1366×768: the board, the filing panel, the report`, async () => {
      const row = (await board(app)).rows.find((r) => r.group === 'overdue')!;
      const page = await app.open(`/notifications?notice=${row.notificationId}`, lang);
      await page.getByRole('heading', { level: 2 }).waitFor();
      await page.getByRole('tablist').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1366,
      );
      await app.screenshot(`notifications-panel-${lang}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const reportButton = page.locator('header ~ main button').filter({ hasText: /./ }).first();
      expect(await reportButton.count()).toBeGreaterThan(0);
    });
  }
});
