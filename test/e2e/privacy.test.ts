/// <reference lib="dom" />
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInResult } from '../../shared/contract';
import { vetBackup } from '../../electron/core/db/backup/vet';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';

let now = new Date('2025-01-10T08:00:00Z');

describe('privacy and backups to a file', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => now });
    // Two guests who left in early 2025, one staying now.
    for (const [surname, day, out] of [
      ['SCHMIDT', '2025-01-13', '2025-01-16'],
      ['ROSSI', '2025-02-10', '2025-02-14'],
      // Left last month: within the retention period, erased on request below.
      ['BRUNO', '2026-06-01', '2026-06-05'],
    ] as const) {
      now = new Date(`${day}T08:00:00Z`);
      const r = await app.core.call(
        'stays.checkIn',
        checkInInput([guestEntry({ surname, givenNames: 'ANNA', citizenship: 'DEU' })], {
          checkInAt: `${day}T10:00:00+05:00`,
          plannedCheckOut: out,
        }),
      );
      const stay = (r as { value: CheckInResult }).value.stays[0]!;
      now = new Date(`${out}T08:00:00Z`);
      await app.core.call('stays.checkOut', { stayId: stay.stayId, at: `${out}T11:00:00+05:00` });
    }
    now = new Date('2026-07-15T06:00:00Z');
    await app.core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'MUELLER', givenNames: 'ANNA', citizenship: 'DEU' })], {
        checkInAt: '2026-07-15T09:00:00+05:00',
        plannedCheckOut: '2026-07-25',
        // The consent was shown in Kazakh: the panel shows those words in every language.
        consentLanguage: 'kk',
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows the consent in the stay panel, when and by whom, and exports the guest’s data', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const page = await app.open('/in-house', lang);
      const row = page.getByRole('row', { name: /MUELLER ANNA/ });
      await row.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'MUELLER ANNA' });
      // Checked in through the core, as the command line's system actor.
      const by = 'Tirkeu command line';
      const words = { kk: `қабылдаған: ${by}`, ru: `принял(а) ${by}`, en: `taken by ${by}` };
      await drawer.getByText(words[lang]).scrollIntoViewIfNeeded();
      await drawer
        .getByText('«Қонақ дербес деректерін өңдеуге келісім берді»', { exact: false })
        .waitFor();
      await app.screenshot(`privacy-consent-${lang}`);
    }
    const page = app.page;
    const drawer = page.getByRole('dialog', { name: 'MUELLER ANNA' });
    await drawer.getByRole('button', { name: 'Export guest data' }).click();
    await drawer.getByText('The guest’s data is ready:').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer.getByRole('button', { name: 'Save JSON' }).click(),
    ]);
    const file = path.join(app.dir, 'guest.json');
    await download.saveAs(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(data.guest.surname).toBe('MUELLER');
    expect(data.stays).toHaveLength(1);
  });

  it('previews the retention purge and runs it by keyboard; the trail still holds', async () => {
    const page = await app.open('/settings/privacy', 'en');
    const enable = page.getByRole('checkbox', { name: 'Erase personal data after a period' });
    await enable.focus();
    await page.keyboard.press('Space');
    const months = page.getByRole('textbox', { name: 'Months after the guest’s last stay ended' });
    await months.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Now: erased 12 months after the last stay ended.').waitFor();
    await page.getByRole('button', { name: 'Preview what would be erased' }).focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('table', { name: 'Would be erased now' });
    await preview.getByRole('row', { name: 'Guests 2' }).waitFor();
    await preview.getByRole('row', { name: 'Stays 2' }).waitFor();
    await app.screenshot('privacy-preview-en');
    await page.getByRole('button', { name: 'Erase now' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Erase this personal data for good?' });
    await dialog.getByText(/Guests: 2, stays: 2/).waitFor();
    // The dialog opens on Cancel: the destructive button is one Tab away, never the default.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Erased. Guests: 2, stays: 2' }).waitFor();
    await app.screenshot('privacy-purged-en');
    expect(await app.core.call('audit.status', {})).toMatchObject({ ok: true });
    expect(app.core.repos.audit.verify()).toMatchObject({ ok: true });
    const left = app.core.db
      .prepare("SELECT count(*) FROM guests WHERE surname != ''")
      .pluck()
      .get();
    expect(left).toBe(2);
    for (const lang of ['ru', 'kk'] as const) {
      const p = await app.open('/settings/privacy', lang);
      const label =
        lang === 'ru' ? 'Посмотреть, что будет удалено' : 'Не өшірілетінін алдын ала көру';
      await p.getByRole('button', { name: label }).click();
      await p.getByRole('table').waitFor();
      await app.screenshot(`privacy-preview-${lang}`);
    }
  });

  it('saves a checked backup as a download in web mode', async () => {
    const page = await app.open('/settings/backups', 'en');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up to a file…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tirkeu-.*Z\.db$/);
    const file = path.join(app.dir, 'carried', download.suggestedFilename());
    fs.mkdirSync(path.dirname(file));
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Backup saved:' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Back up to a file…' }).isEnabled())
      .toBe(true);
    await app.screenshot('backup-download-en');
    const info = vetBackup(file);
    expect(info).toMatchObject({ good: true, counts: { guests: 4, stays: 4 } });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    for (const lang of ['ru', 'kk'] as const) {
      const p = await app.open('/settings/backups', lang);
      await p.getByRole('table').waitFor();
      await app.screenshot(`backup-files-${lang}`);
    }
  });

  it('erases a departed guest on request from the history panel, the surname typed', async () => {
    const page = await app.open('/history', 'en');
    const row = page.getByRole('row', { name: /BRUNO ANNA/ });
    await row.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'BRUNO ANNA' });
    await drawer.getByRole('button', { name: 'Erase guest' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase this guest’s personal data?' });
    const typed = dialog.getByRole('textbox', { name: 'To confirm, type the surname: BRUNO' });
    await typed.fill('BRUN');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Written request of 10.07.2026');
    const erase = dialog.getByRole('button', { name: 'Erase for good' });
    expect(await erase.isDisabled()).toBe(true);
    await typed.fill('bruno');
    await app.screenshot('privacy-erase-en');
    await erase.click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'The guest’s personal data was erased.' })
      .waitFor();
    expect(app.core.repos.audit.verify()).toMatchObject({ ok: true });
    const entry = app.core.repos.audit.latest(1)[0]!;
    expect(entry).toMatchObject({ action: 'guest.erase', details: { basis: 'request' } });
    // The history says in words whose data is gone: the two purged above and this one.
    const list = await app.open('/history', 'en');
    await list.getByRole('row', { name: /MUELLER ANNA/ }).waitFor();
    expect(await list.getByRole('row', { name: /Personal data erased/ }).count()).toBe(3);
    await app.screenshot('privacy-history-erased-en');
  });

  it('restores a backup brought back on a file after showing what it holds', async () => {
    const page = await app.open('/settings/backups', 'en');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up to a file…' }).click(),
    ]);
    const file = path.join(app.dir, 'stick', download.suggestedFilename());
    fs.mkdirSync(path.dirname(file));
    await download.saveAs(file);
    // Work after the backup, which the restore takes back.
    await app.core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'LATER', citizenship: 'DEU' })], { room: '301' }),
    );
    await page.locator('input[type=file]').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: /^Restore the backup of / });
    await dialog.getByText(/It holds 4 guests, 4 stays/).waitFor();
    await app.screenshot('backup-upload-en');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored.' }).waitFor();
    const guests = app.core.db.prepare("SELECT count(*) FROM guests WHERE surname = 'LATER'");
    expect(guests.pluck().get()).toBe(0);
    expect(app.core.repos.audit.verify()).toMatchObject({ ok: true });
  });
});
