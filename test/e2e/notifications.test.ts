/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/seed-demo';
import type { BoardRow, BoardView, FilingView } from '../../shared/contract';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';
import { checkInByApi } from './stay-fixtures';
import { makePdf } from '../helpers/pdf';

/** Thursday 26 March 2026, 12:00 in Kazakhstan: the demo hotel's story is told up to here. */
const NOW = new Date('2026-03-26T07:00:00Z');

const adult = (surname: string, givenNames: string, citizenship: string, number: string) => ({
  guestId: null,
  person: {
    surname,
    givenNames,
    patronymic: '',
    citizenship,
    birthDate: '1984-06-15',
    sex: 'F' as const,
    phone: '',
    email: '',
  },
  document: {
    typeCode: '1' as const,
    number,
    series: '',
    issuingState: citizenship,
    issueDate: '2021-02-01',
    expiryDate: '2031-01-31',
  },
  onDocumentOf: null,
  visaNumber: '',
  entryDate: null,
  consent: true as const,
});

/** A check-in with everything both portals ask for, as the desk would have made it. */
async function checkIn(app: AppHarness, at: string, room: string, guests: unknown[]) {
  await api(app, 'stays.checkIn', {
    room,
    checkInAt: at,
    plannedCheckOut: '2026-04-02',
    purposeCode: '11',
    guests,
  });
}

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

const activeRowText = async (page: Page): Promise<string> => {
  const list = page.getByRole('listbox', { name: 'Notifications to file' });
  const id = await list.getAttribute('aria-activedescendant');
  return id ? page.locator(`#${id}`).innerText() : '';
};

const panelOf = (page: Page, name: string) => page.getByRole('region', { name });

describe('Notifications', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await seedDemo(app.core, NOW);
    // Thu 19, Fri 20, then Nauryz and its days off until Wed 25: the third working day is today.
    await checkIn(app, '2026-03-19T15:00:00+05:00', '115', [
      adult('HARTMANN', 'LENA', 'DEU', 'C4HT7Y2K1'),
    ]);
    // This morning: e-Qonaq takes check-ins of today and the two days before only.
    await checkIn(app, '2026-03-26T09:30:00+05:00', '117', [
      adult('BERGER', 'CLARA', 'AUT', 'P8812345'),
    ]);
    // A father and his daughter on his passport: VMP names her in his notice.
    await checkIn(app, '2026-03-26T10:00:00+05:00', '216', [
      {
        ...adult('NAKAMURA', 'KENJI', 'JPN', 'TZ1234567'),
        person: { ...adult('NAKAMURA', 'KENJI', 'JPN', '').person, sex: 'M' },
      },
      {
        ...adult('NAKAMURA', 'YUI', 'JPN', ''),
        person: { ...adult('NAKAMURA', 'YUI', 'JPN', '').person, birthDate: '2019-09-09' },
        document: null,
        onDocumentOf: 0,
      },
    ]);
    // Checked in from the MRZ alone: no date of issue, which e-Qonaq asks for.
    await checkInByApi(
      app,
      {
        surname: 'ROSSI',
        givenNames: 'MARCO',
        citizenship: 'ITA',
        number: 'YA1234567',
        birthDate: '1979-11-30',
      },
      '309',
      '2026-03-26T11:00:00+05:00',
    );
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: `http://127.0.0.1:${app.server.port}`,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the overdue and due-today notices, departed guests’ among them, by group', async () => {
    const data = await board(app);
    const overdue = data.rows.filter((r) => r.group === 'overdue');
    const departed = overdue.find((r) => r.stayStatus === 'checked_out')!;
    expect(overdue.length).toBeGreaterThan(0);
    expect(departed).toBeDefined();
    expect(data.rows.filter((r) => r.group === 'due_today').map(nameOf)).toEqual(['HARTMANN LENA']);

    const page = await app.open('/notifications', 'en');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await summaryCount(page, 'Overdue')).toBe(overdue.length);
    expect(await summaryCount(page, 'Due today')).toBe(1);
    expect(await summaryCount(page, 'Needs data')).toBe(1);
    const list = page.getByRole('listbox', { name: 'Notifications to file' });
    await list.getByRole('option', { name: /HARTMANN LENA Room 115 .*Due today/ }).waitFor();
    await list
      .getByRole('option', { name: new RegExp(`${nameOf(departed)} Room .* has left Overdue`) })
      .first()
      .waitFor();
    // What is missing, in e-Qonaq's own words; the group's button moves the list's focus to it.
    await page.getByRole('button', { name: 'Needs data: 1' }).click();
    await list.getByRole('option', { name: /ROSSI MARCO Missing: .*Date of issue/ }).waitFor();
    expect(await activeRowText(page)).toContain('ROSSI MARCO');
    // The navigation counts what must be filed today at the latest.
    await page
      .getByRole('navigation')
      .getByRole('link', {
        name: new RegExp(`^Notifications\\s*${overdue.length + 1} overdue or due today$`),
      })
      .waitFor();
    await page.getByRole('button', { name: 'Due today: 1' }).click();
    expect(await activeRowText(page)).toContain('HARTMANN LENA');
    // Checked in a week ago (Nauryz between): e-Qonaq would refuse it, so VMP opens.
    await page.keyboard.press('Enter');
    await panelOf(page, 'HARTMANN LENA')
      .getByRole('tab', { name: 'vmp.gov.kz', selected: true })
      .waitFor();
    await app.screenshot('notifications-board-en');
  });

  it('opens a notice e-Qonaq cannot take on VMP, says so on e-Qonaq, and files it on VMP', async () => {
    const row = (await board(app)).rows.find((r) => nameOf(r) === 'HARTMANN LENA')!;
    const page = await app.open(`/notifications?notice=${row.notificationId}`, 'en');
    const panel = panelOf(page, 'HARTMANN LENA');
    await panel.getByRole('tab', { name: 'vmp.gov.kz', selected: true }).waitFor();
    // Never "usual" where it cannot be used.
    const eqonaq = panel.getByRole('tab', { name: /^e-Qonaq/ });
    expect(await eqonaq.innerText()).toBe('e-Qonaq · cannot be used here');
    const portal = panel.getByRole('combobox', { name: 'Portal' });
    expect(await portal.inputValue()).toBe('vmp.gov.kz');
    await panel.getByText('✓ Ready to file on vmp.gov.kz').waitFor();

    await eqonaq.click();
    await panel.getByText('✗ e-Qonaq cannot be used for this notice').waitFor();
    await panel.getByText(/file this notice on vmp\.gov\.kz/).waitFor();
    // Nothing to work through on a portal that will refuse it, and still VMP to mark.
    expect(await panel.getByRole('group', { name: 'Steps on e-Qonaq' }).count()).toBe(0);
    expect(await panel.getByText(/Alt \+ C/).count()).toBe(0);
    expect(await portal.inputValue()).toBe('vmp.gov.kz');
    await app.screenshot('notifications-eqonaq-closed-en');

    // Ctrl+Enter anywhere in the panel marks it filed (here from the tab).
    await eqonaq.focus();
    await page.keyboard.press('Control+Enter');
    await panel.getByText(/Filed on vmp\.gov\.kz, 26 Mar 2026/).waitFor();
    // Filed is filed, on either tab: never "ready".
    await panel.getByText('✓ Filed').waitFor();
    expect(await panel.getByText(/Ready/).count()).toBe(0);
    await panel.getByRole('tab', { name: 'vmp.gov.kz' }).click();
    await panel.getByText('✓ Filed').waitFor();
    expect(await panel.getByText(/Ready/).count()).toBe(0);
    const view = await filing(app, row.notificationId);
    expect([view.state, view.filings[0]?.portal]).toEqual(['filed_no_proof', 'vmp']);
  });

  it('files one guest on e-Qonaq by keyboard alone, with the PDF, and the counts change', async () => {
    const before = await board(app);
    const row = before.rows.find((r) => nameOf(r) === 'BERGER CLARA')!;
    const later = before.groups.find((g) => g.group === 'later')!.count;
    const view = await filing(app, row.notificationId, 'eqonaq');
    expect(view.portalNotes).toEqual([]);
    const values = view.fields.filter((f) => f.value !== '');
    const page = await app.open('/notifications', 'en');
    await openByKeyboard(page, 'BERGER CLARA');
    expect(page.url()).toContain(`?notice=${row.notificationId}`);
    const panel = panelOf(page, 'BERGER CLARA');
    await panel.getByRole('tab', { name: /e-Qonaq/, selected: true }).waitFor();
    await panel.getByText('✓ Ready to file on e-Qonaq').waitFor();
    await panel.getByText('Alt + C copies the next value and moves on').waitFor();

    // The first two steps ticked with Space, then every value copied with the one shortcut, in
    // e-Qonaq's order; the clipboard holds each value as the portal takes it.
    const steps = panel.getByRole('group', { name: 'Steps on e-Qonaq' });
    await page.keyboard.press('Tab'); // from the list into the panel
    await steps.getByRole('checkbox').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await steps.getByText('2 of 5 steps done').waitFor();
    expect(values.map((v) => v.key).slice(0, 5)).toEqual([
      'stayDates',
      'checkInTime',
      'address',
      'givenNames',
      'surname',
    ]);
    for (const v of values) {
      await page.keyboard.press('Alt+KeyC');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(v.value);
    }
    await panel.getByText('All values copied.').waitFor();
    expect((await filing(app, row.notificationId)).done).toEqual(['sign_in', 'add_guest']);

    // Mark as filed: type the reference, Enter submits; filed at defaults to now, UTC+5.
    await panel.getByRole('textbox', { name: 'Reference number' }).focus();
    await page.keyboard.type('EQ-2026-000123');
    await page.keyboard.press('Enter');
    await panel
      .getByText(/Filed on e-Qonaq, 26 Mar 2026, 12:00 · by .* · ref\. EQ-2026-000123 · on time/)
      .waitFor();

    // The PDF: the control is the browser's own file input (Enter or Space opens the system's
    // file dialog, which a test cannot drive), so the file is handed to the focused input.
    const pdf = Buffer.from(
      await makePdf(['УВЕДОМЛЕНИЕ о прибытии иностранца', 'BERGER CLARA', 'P8812345']),
    );
    const attach = panel.getByRole('button', { name: 'Attach the notice PDF' });
    await attach.focus();
    expect(await attach.evaluate((el) => (el as HTMLInputElement).type)).toBe('file');
    // Named after the portal's habit (the document number): kept under a name of its own.
    await attach.setInputFiles({
      name: 'vmp-P8812345.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await panel
      .getByText(`PDF “notice-${row.notificationId}.pdf” attached`, { exact: false })
      .waitFor();
    await panel.getByText(/attached .* it names this guest/).waitFor();
    await panel.getByRole('button', { name: 'Open the PDF' }).waitFor();
    await app.screenshot('notifications-filed-en');

    const after = await board(app);
    expect(after.rows.some((r) => r.notificationId === row.notificationId)).toBe(false);
    expect(after.groups.find((g) => g.group === 'later')!.count).toBe(later - 1);
    expect((await filing(app, row.notificationId)).state).toBe('proven');
    await expect.poll(() => summaryCount(page, 'Later')).toBe(later - 1);
  });

  it('flags a PDF that names someone else and keeps it out unless confirmed', async () => {
    const row = (await board(app)).rows.find(
      (r) => r.group === 'filed_no_proof' && r.surname !== 'HARTMANN',
    )!;
    const page = await app.open(`/notifications?notice=${row.notificationId}`, 'en');
    const panel = panelOf(page, nameOf(row));
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Attach the notice PDF' }).click({ force: true });
    await (
      await chooser
    ).setFiles({
      name: 'hartmann.pdf',
      mimeType: 'application/pdf',
      // Another guest of the hotel's notice, by her passport number and name.
      buffer: Buffer.from(await makePdf(['УВЕДОМЛЕНИЕ', 'HARTMANN LENA', 'C4HT7Y2K1'])),
    });
    const dialog = page.getByRole('dialog', { name: 'This PDF may be for someone else' });
    await dialog
      .getByText(new RegExp(`This PDF is for HARTMANN LENA.*, not ${nameOf(row)}`))
      .waitFor();
    await app.screenshot('notifications-mismatch-en');
    await dialog.getByRole('button', { name: 'Do not attach' }).click();
    const view = await filing(app, row.notificationId);
    expect(view.state).toBe('filed_no_proof');
    expect(view.filings.find((f) => !f.voidedAt)?.proof ?? null).toBeNull();
  });

  it('files a family on VMP: the daughter in her father’s notice', async () => {
    const father = (await board(app)).rows.find((r) => nameOf(r) === 'NAKAMURA KENJI')!;
    const page = await app.open(`/notifications?notice=${father.notificationId}`, 'en');
    const panel = panelOf(page, 'NAKAMURA KENJI');
    await panel.getByRole('tab', { name: 'vmp.gov.kz' }).click();
    await panel.getByRole('heading', { name: 'Child on this document: NAKAMURA YUI' }).waitFor();
    await panel
      .getByRole('table', { name: 'NAKAMURA YUI: values for the children section' })
      .getByRole('row', { name: /09\.09\.2019/ })
      .waitFor();
    await panel.getByRole('group', { name: 'Steps on vmp.gov.kz' }).waitFor();
    await app.screenshot('notifications-vmp-family-en');
    await panel
      .getByRole('checkbox', { name: /Also file the children on this document: NAKAMURA YUI/ })
      .waitFor();
    await panel.getByRole('textbox', { name: 'Reference number' }).fill('VMP-77');
    await panel.getByRole('button', { name: 'Mark as filed' }).click();
    await panel.getByText(/Filed on vmp\.gov\.kz, 26 Mar 2026/).waitFor();
    const after = await board(app);
    const family = after.rows.filter((r) => r.surname === 'NAKAMURA');
    expect(family.map((r) => [r.givenNames, r.state, r.portal])).toEqual([
      ['KENJI', 'filed_no_proof', 'vmp'],
      ['YUI', 'filed_no_proof', 'vmp'],
    ]);
  });

  it('produces the end-of-shift report as a PDF listing the open notices, and signs it off', async () => {
    const open = (await board(app)).rows.filter(
      (r) => r.state !== 'filed_no_proof' && r.kind === 'host_notice',
    );
    const page = await app.open('/notifications', 'en');
    await page.getByRole('button', { name: 'End-of-shift report' }).click();
    const dialog = page.getByRole('dialog', { name: 'End-of-shift report' });
    await dialog.getByRole('button', { name: 'Produce the PDF' }).click();
    await dialog.getByText('The report is ready').waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save the PDF' }).click();
    const file = path.join(app.dir, 'report.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(text).toContain(r.surname);
    await dialog.getByRole('button', { name: 'Sign off the report' }).click();
    await dialog.getByText(/Signed off by .*, 26 Mar 2026/).waitFor();
    // From then on the PDF handed out is the signed one: who, when, the audit trail's head.
    const signedDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save the PDF' }).click();
    const signedFile = path.join(app.dir, 'report-signed.pdf');
    await (await signedDownload).saveAs(signedFile);
    const signed = execFileSync('pdftotext', ['-layout', signedFile, '-'], { encoding: 'utf8' });
    expect(signed).toMatch(/Signed off by .*, 26\.03\.2026/);
    expect(signed).toMatch(/Audit trail at signing: entry \d+, SHA-256/);
    expect(signed).not.toContain('____');
    await app.screenshot('notifications-report-en');
  });

  it('shows the owner a late notice’s Art. 518 exposure, records it late, and undoes it with a reason', async () => {
    const row = (await board(app)).rows.find(
      (r) => r.group === 'overdue' && r.kind === 'host_notice',
    )!;
    const page = await app.open(`/notifications?notice=${row.notificationId}`, 'en');
    const panel = panelOf(page, nameOf(row));
    await panel.getByText(/^Overdue by \d+ working days?$/).waitFor();
    await panel
      .getByText(/Art\. 518 part 3 .* a fine of 173,000 ₸ \(40 MCI\) for a small business/)
      .waitFor();
    await panel.getByText(/\(Migration Law, Art\. 48\)/).waitFor();
    await panel.getByRole('tab', { name: 'vmp.gov.kz' }).click();
    await panel.getByRole('button', { name: 'Mark as filed' }).click();
    await panel
      .getByText(/Filed on vmp\.gov\.kz, 26 Mar 2026, 12:00 .* late by \d+ working days/)
      .waitFor();

    await panel.getByRole('button', { name: 'Undo the filing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo the filing' });
    await dialog.getByRole('button', { name: 'Undo the filing' }).click();
    await dialog.getByText('Give a reason (at least 3 characters)').waitFor();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Filed for the wrong guest');
    await dialog.getByRole('button', { name: 'Undo the filing' }).click();
    await panel.getByRole('button', { name: 'Mark as filed' }).waitFor();
    const view = await filing(app, row.notificationId);
    expect(view.state).toBe('owed');
    expect(view.filings[0]).toMatchObject({ voidReason: 'Filed for the wrong guest' });
  });

  it('opens the board on a stay’s notice from the stay’s “File now”', async () => {
    const row = (await board(app)).rows.find((r) => nameOf(r) === 'ROSSI MARCO')!;
    const page = await app.open(`/in-house?stay=${row.stayId}`, 'en');
    const drawer = page.getByRole('dialog', { name: 'ROSSI MARCO' });
    await drawer.getByRole('button', { name: 'Mark as filed' }).waitFor();
    await drawer.getByRole('button', { name: 'File now' }).click();
    await page.getByRole('heading', { level: 2, name: 'ROSSI MARCO' }).waitFor();
    expect(page.url()).toContain(`/notifications?notice=${row.notificationId}`);
    const list = page.getByRole('listbox', { name: 'Notifications to file' });
    await list.getByRole('option', { name: /ROSSI MARCO/, selected: true }).waitFor();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`fits 1366×768 in ${lang}: the board, the filing panel and the report`, async () => {
      const row = (await board(app)).rows.find((r) => r.surname === 'ROSSI')!;
      const page = await app.open(`/notifications?notice=${row.notificationId}`, lang);
      await page.getByRole('heading', { level: 2, name: 'ROSSI MARCO' }).waitFor();
      await page.getByRole('tablist').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1366,
      );
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`notifications-panel-${lang}`);
      // A filing: a notice marked filed, its line, the proof to attach, no "ready".
      const filed = (await board(app)).rows.find((r) => r.state === 'filed_no_proof')!;
      await page.goto(page.url().replace(/notice=\d+/, `notice=${filed.notificationId}`));
      await page.getByRole('heading', { level: 2, name: nameOf(filed) }).waitFor();
      await page.locator('form[data-mark-filed], [data-filed-line]').first().waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`notifications-filing-${lang}`);
      const report = page
        .getByRole('main')
        .getByRole('button')
        .filter({ hasText: /report|Отчёт|есеп/ });
      await report.click();
      await page.getByRole('dialog').getByRole('button').nth(1).click();
      await page.getByRole('dialog').getByRole('status').first().waitFor();
      await app.screenshot(`notifications-report-${lang}`);
    });
  }
});
