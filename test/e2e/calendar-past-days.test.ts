/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PastProvisionalDays } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';

// Issue 20: on 7 December 2026 the days around the Kurban Ait forecast of 2026 (26–28 May) have
// passed; the board says they are not final until the owner confirms them in the calendar.
const DECEMBER = new Date('2026-12-07T06:00:00Z');

describe('provisional calendar days that have passed', () => {
  let app: AppHarness;
  let now = new Date('2026-05-25T06:00:00Z');
  beforeAll(async () => {
    app = await startApp({ now: () => now });
    const r = await app.core.call(
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'SCHMIDT', givenNames: 'ANNA', citizenship: 'DEU' })], {
        room: '305',
        checkInAt: '2026-05-25T09:00:00+05:00',
        plannedCheckOut: null,
      }),
    );
    expect(r.ok).toBe(true);
    now = DECEMBER;
    await app.context.clock.setFixedTime(DECEMBER);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`says so in the board's footer in ${lang}`, async () => {
      const page = await app.open('/notifications', lang);
      const footer = page.locator('footer');
      await footer.waitFor();
      expect(await footer.innerText()).toContain(
        translate(lang, 'calendar:pastDays.footer', { count: 3, dates: '' }).split('(')[0]!.trim(),
      );
      await page
        .getByRole('link', { name: translate(lang, 'calendar:pastDays.footerOwner') })
        .waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-board-calendar-footer`);
    });
  }

  it('is confirmed by the owner from the calendar, and the footer goes', async () => {
    const page = await app.open('/notifications', 'ru');
    await page
      .getByRole('link', {
        name: 'Подтвердите их в разделе Настройки › Производственный календарь',
      })
      .click();
    await page.getByText('3 дня календаря прошли, но ещё не окончательные').waitFor();
    await app.screenshot('ru-settings-calendar-past-days');
    await page.getByRole('button', { name: 'Подтвердить эти дни…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Подтверждение прошедших дней' });
    await dialog.getByRole('textbox', { name: 'Источник сверки' }).fill('ДУМК, 27.05.2026');
    await dialog.getByRole('checkbox', { name: 'Эти дни сверены с тем, как было на деле' }).check();
    await dialog.getByRole('button', { name: 'Подтвердить дни' }).click();
    await page.getByRole('status').filter({ hasText: 'Прошедшие дни подтверждены' }).waitFor();
    const left = await app.core.call('calendar.pastProvisional', {});
    expect(left.ok && (left.value as PastProvisionalDays).dates).toEqual([]);
    // The board asks for the past provisional days once it opens; its answer is empty now.
    const [board] = await Promise.all([
      app.open('/notifications', 'ru'),
      app.context.waitForEvent('response', {
        predicate: (r) =>
          r.url().endsWith('/api/call') &&
          (r.request().postData() ?? '').includes('calendar.pastProvisional'),
      }),
    ]);
    await board.getByRole('heading', { level: 1 }).waitFor();
    // The event stream stays open, so the network never idles: a render's turn is enough.
    await board.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await board.locator('footer').count()).toBe(0);
  });
});
