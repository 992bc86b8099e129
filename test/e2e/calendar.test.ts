/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InHouseRow, RulesView } from '../../shared/contract';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';

// Wednesday 15 July 2026, 11:00 in Astana.
const NOW = new Date('2026-07-15T06:00:00Z');
const ORDER = 'Order No. 123 of 12.11.2026';

describe('the working calendar and rules in settings', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    // Checked in on Wed 15 Jul: due Fri 17 Jul, or Mon 20 Jul once Thu 16 Jul is a day off.
    const r = await app.core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'SCHMIDT', givenNames: 'ANNA', citizenship: 'DEU' })], {
        room: '305',
        checkInAt: '2026-07-15T09:00:00+05:00',
        plannedCheckOut: '2026-07-25',
      }),
    );
    expect(r.ok).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  const dueOf = async (surname: string) => {
    const r = await app.core.call('stays.inHouse', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return (r.value as InHouseRow[]).find((row) => row.surname === surname)?.notice?.dueDate;
  };

  it('adds a day off by keyboard, shows whose deadline moves, saves and shows the new deadline', async () => {
    const page = await app.open('/settings/calendar?year=2026', 'en');
    await page.getByRole('heading', { name: 'Status of 2026' }).waitFor();
    await page.getByRole('button', { name: 'Add a day off or a working day…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a day off or make a day working' });
    await dialog.waitFor();
    // The date field has the focus; the rest is reachable with Tab, and Enter checks.
    await page.keyboard.type('16072026');
    expect(await dialog.getByRole('textbox', { name: 'Date' }).inputValue()).toBe('16.07.2026');
    expect(await dialog.getByRole('radio', { name: 'A day off' }).isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Source' }).focus();
    await page.keyboard.type(ORDER);
    await page.keyboard.press('Enter');

    await dialog.getByText('1 open notification would move:').waitFor();
    const row = dialog.getByRole('row', { name: /SCHMIDT ANNA/ });
    expect(await row.innerText()).toMatch(
      /305\s+Check-in, 15 Jul 2026\s+Fri 17 Jul 2026\s+Mon 20 Jul 2026/,
    );
    await app.screenshot('en-settings-calendar-preview');
    expect(await dueOf('SCHMIDT')).toBe('2026-07-17');
    await page.keyboard.press('Enter');

    const status = page
      .getByRole('status')
      .filter({ hasText: 'The change of 16 Jul 2026 is saved.' });
    await status.waitFor();
    expect(await status.innerText()).toContain('Mon 20 Jul 2026');
    expect(await dueOf('SCHMIDT')).toBe('2026-07-20');
    const changes = page.getByRole('table', { name: 'Changes made in this hotel' });
    expect(await changes.innerText()).toMatch(/Thu 16 Jul 2026\s+Day off\s+Working day/);
    await app.screenshot('en-settings-calendar-saved');
  });

  it('refuses a change that changes nothing, in the form', async () => {
    const page = await app.open('/settings/calendar?year=2026', 'ru');
    await page.getByRole('button', { name: 'Добавить выходной или рабочий день…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Дата' }).fill('18.07.2026');
    await dialog.getByRole('textbox', { name: 'Источник' }).fill(ORDER);
    await dialog.getByRole('button', { name: 'Показать, что изменится' }).click();
    await dialog.getByText('Этот день и так выходной по календарю — менять нечего.').waitFor();
  });

  it('removes the day off after showing that the deadline moves back', async () => {
    const page = await app.open('/settings/calendar?year=2026', 'en');
    await page.getByRole('button', { name: 'Remove the change of 16 Jul 2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the change of 16 Jul 2026' });
    await dialog.getByText('1 open notification would move:').waitFor();
    expect(await dialog.getByRole('row', { name: /SCHMIDT ANNA/ }).innerText()).toMatch(
      /Mon 20 Jul 2026\s+Fri 17 Jul 2026/,
    );
    await dialog.getByRole('button', { name: 'Remove the change' }).click();
    await page.getByRole('status').filter({ hasText: 'is removed' }).waitFor();
    expect(await dueOf('SCHMIDT')).toBe('2026-07-17');
    await page.getByText('No changes: Tirkeu uses the calendar as shipped.').waitFor();
  });

  it('confirms a provisional year with its source', async () => {
    const page = await app.open('/settings/calendar?year=2027', 'en');
    await page.getByText('Provisional', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Confirm this year…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm 2027' });
    const submit = dialog.getByRole('button', { name: 'Confirm the year' });
    await dialog.getByRole('textbox', { name: 'Source of the check' }).fill('Order No. 400');
    expect(await submit.isDisabled()).toBe(true);
    await dialog
      .getByRole('checkbox', { name: 'I checked this year against the Ministry order' })
      .check();
    await submit.click();
    await page.getByRole('status').filter({ hasText: '2027 is confirmed.' }).waitFor();
    await page.getByText(/Confirmed in this hotel by Owner on .*Source: Order No\. 400/).waitFor();
    await page.getByRole('button', { name: 'Withdraw the confirmation' }).click();
    await page.getByRole('button', { name: 'Confirm this year…' }).waitFor();
  });

  it('adds a country to the 90-day visa-free list', async () => {
    const page = await app.open('/settings/rules', 'en');
    await page.getByRole('heading', { name: 'Rule sets' }).waitFor();
    const countries = page.getByRole('combobox', { name: 'Countries' });
    await countries.fill('Germ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The list is saved.' }).waitFor();
    const r = await app.core.call('rules.get', {});
    expect(r.ok && (r.value as RulesView).visaFree90).toContain('DEU');
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`shows the calendar and the rules in ${lang}`, async () => {
      await app.core.call('calendar.saveOverride', {
        date: '2026-12-31',
        working: false,
        source: 'Ministry of Labour order No. 321',
        note: '',
      });
      let page = await app.open('/settings/calendar?year=2026', lang);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await cutText(page)).toEqual([]);
      // The sources name the official texts in the desk's language, not data files.
      const sources = await page
        .getByText({ en: /^Sources:/, ru: /^Источники:/, kk: /^Дереккөздер:/ }[lang])
        .innerText();
      expect(sources).not.toMatch(/python|holidays\/|Law No\.|calendar$/);
      await app.screenshot(`${lang}-settings-calendar`);
      page = await app.open('/settings/calendar?year=2027', lang);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-settings-calendar-2027`);
      page = await app.open('/settings/rules', lang);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-settings-rules`);
    });
  }
});
