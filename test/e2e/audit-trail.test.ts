/// <reference lib="dom" />
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInResult } from '../../shared/contract';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';

const NOW = new Date('2026-07-15T06:00:00Z');

describe('the audit trail and backups in settings', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    for (const [surname, room] of [
      ['SCHMIDT', '305'],
      ['ROSSI', '306'],
    ] as const) {
      const r = await app.core.call(
        'stays.checkIn',
        checkInInput([guestEntry({ surname, givenNames: 'ANNA', citizenship: 'DEU' })], {
          room,
          checkInAt: '2026-07-15T09:00:00+05:00',
          plannedCheckOut: '2026-07-25',
        }),
      );
      expect(r.ok).toBe(true);
      const stay = (r as { value: CheckInResult }).value.stays[0]!;
      await app.core.call('stays.changeRoom', { stayId: stay.stayId, room: `${room}A` });
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the trail in words and narrows it to one guest by keyboard', async () => {
    const page = await app.open('/settings/audit', 'en');
    const table = page.getByRole('table', { name: 'Audit trail' });
    await table.getByRole('cell', { name: 'Guest checked in' }).first().waitFor();
    expect(await table.getByRole('cell', { name: 'Room changed' }).count()).toBe(2);
    expect(await page.getByText(/The audit trail holds: \d+ entries/).count()).toBe(1);
    const only = page.getByRole('button', { name: 'Show only entries about ROSSI ANNA' }).first();
    await only.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Only ROSSI ANNA').waitFor();
    await expect.poll(() => table.getByRole('cell', { name: 'Room changed' }).count()).toBe(1);
    expect(await table.getByText('SCHMIDT ANNA').count()).toBe(0);
    await app.screenshot('audit-trail-en');
    // Every action, portal, language and the system actor in words: no code shows (issue 20).
    const WORDS = {
      ru: { checkIn: 'Гость заселён', signIn: 'Вход в систему', actor: 'Командная строка Tirkeu' },
      kk: {
        checkIn: 'Қонақ орналастырылды',
        signIn: 'Жүйеге кіру',
        actor: 'Tirkeu командалық жолы',
      },
    };
    for (const lang of ['ru', 'kk'] as const) {
      const p = await app.open('/settings/audit', lang);
      const t = p.getByRole('table');
      await t.getByRole('cell', { name: WORDS[lang].checkIn }).first().waitFor();
      await t.getByRole('cell', { name: WORDS[lang].signIn }).first().waitFor();
      await t.getByRole('cell', { name: WORDS[lang].actor }).first().waitFor();
      const codes = await t
        .getByText(/\(auth\.|\(stay\.|Tirkeu command line|^(eqonaq|vmp|kk|ru|en|start)$/)
        .count();
      expect(codes).toBe(0);
      await app.screenshot(`audit-trail-${lang}`);
    }
  });

  it('takes a backup, shows what it holds, and restores it after asking', async () => {
    const page = await app.open('/settings/backups', 'en');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'Backup taken' }).waitFor();
    await page.getByText('2 guests, 2 stays').first().waitFor();
    await page
      .getByRole('button', { name: /^Restore the backup of / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/It holds 2 guests, 2 stays/).waitFor();
    await app.screenshot('backups-restore-en');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    // A restore ends every session, this tab's too: the sign-in screen says what happened.
    await page.getByRole('status').filter({ hasText: 'Everyone signs in again.' }).waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await app.screenshot('backups-restored-en');
    const status = await app.core.call('audit.status', {});
    expect(status).toMatchObject({ ok: true, value: { ok: true } });
    for (const [lang, label, confirm, said] of [
      ['ru', /^Восстановить копию от /, 'Восстановить эту копию', 'Все входят заново.'],
      [
        'kk',
        /көшірмесінен қалпына келтіру$/,
        'Осы көшірмеден қалпына келтіру',
        'Барлығы қайта кіреді.',
      ],
    ] as const) {
      const p = await app.open('/settings/backups', lang);
      await p.getByRole('button', { name: label }).first().click();
      await p.getByRole('dialog').getByRole('button', { name: confirm }).click();
      await p.getByRole('status').filter({ hasText: said }).waitFor();
      await app.screenshot(`backups-restored-${lang}`);
    }
  });

  it('tells the owner in words, at start, from which entry the trail no longer holds', async () => {
    // Someone with the sqlite3 shell drops the trigger, edits entry 3 and puts the trigger back
    // (left dropped, the file is refused at open); then Tirkeu starts.
    const raw = new Database(path.join(app.dir, 'tirkeu.db'));
    const trigger = raw
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
      .pluck()
      .get() as string;
    raw.exec(
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET entity_id = '99' WHERE id = 3`,
    );
    raw.exec(trigger);
    raw.close();
    app.core.reopen();
    const page = await app.open('/in-house', 'en');
    const alert = page.getByRole('alert').filter({ hasText: 'The audit trail has been altered' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no longer holds from entry No\. 3 on/);
    // And why, in words.
    expect(await alert.textContent()).toContain('An entry does not follow from the one before it.');
    await app.screenshot('chain-broken-en');
    const kk = await app.open('/in-house', 'kk');
    await kk
      .getByRole('alert')
      .filter({ hasText: 'Жазба алдыңғы жазбадан туындамайды.' })
      .waitFor();
    await app.screenshot('chain-broken-kk');
    const ru = await app.open('/in-house', 'ru');
    await ru.getByRole('alert').filter({ hasText: 'Запись не следует из предыдущей.' }).waitFor();
    await app.screenshot('chain-broken-ru');
  });
});
