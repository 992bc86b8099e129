/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardView } from '../../shared/contract';
import { startApp, type AppHarness } from './harness';
import { checkInByApi, NOW, td3, type Td3 } from './stay-fixtures';

async function scan(page: Page, lines: readonly string[]) {
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 3 });
    await page.keyboard.press('Enter');
  }
}

const focusedPath = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['path'] ?? '');

// A citizen of Uzbekistan: 30 visa-free days (domain.md §4). Checked in on Fri 20 Mar 2026, no
// entry date: counted from the check-in, the last lawful day is Sat 18 Apr.
const guest = (surname: string, number: string): Td3 => ({
  surname,
  given: 'AKMAL',
  state: 'UZB',
  number,
  birth: '900105',
  sex: 'M',
  expiry: '320101',
});

const WORDS = {
  kk: {
    warning: 'Тұру мерзімі қонақтың елде болу құқығынан асып кетеді',
    fine: '518-бап 2-бөлік, 25–75 АЕК',
    saved: 'Қонақ тіркелді',
    group: 'Болу мерзімі: 1',
    lastDay: /заңды соңғы күн 18 сәуір 2026/,
    nav: '1 қонақтың елде болу мерзімі өтті немесе жақында бітеді',
    extend: 'Кету күнін өзгерту',
  },
  ru: {
    warning: 'Проживание выходит за законный срок пребывания гостя',
    fine: 'ст. 518 ч. 2, 25–75 МРП',
    saved: 'Гость заселён',
    group: 'Срок пребывания: 1',
    lastDay: /последний законный день 18 апр\.? 2026/,
    nav: '1 проживание за пределом или у предела срока пребывания',
    extend: 'Изменить дату выезда',
  },
} as const;

describe('a check-in past the guest’s right to stay', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [lang, words] of Object.entries(WORDS) as Array<
    [keyof typeof WORDS, (typeof WORDS)[keyof typeof WORDS]]
  >) {
    it(`warns before saving and lands in the board's Stay limit group (${lang})`, async () => {
      const surname = lang === 'kk' ? 'KARIMOV' : 'RASHIDOV';
      const page = await app.open('/check-in', lang);
      // The MRZ field has the cursor when the screen opens.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName ?? ''))
        .toBe('TEXTAREA');
      await scan(page, td3(guest(surname, lang === 'kk' ? 'FA1234567' : 'FA7654321')));
      // The reader's last Enter leaves the cursor in Room (features/check-in/CheckInForm).
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).maxLength))
        .toBe(20);
      await expect.poll(() => focusedPath(page)).toBe('');
      await page.keyboard.type(lang === 'kk' ? '301' : '302');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedPath(page)).toBe('plannedCheckOut');
      await page.keyboard.type('24042026');
      await page.keyboard.press('Enter');
      // The warning is on screen before anything is saved: rule and fine named.
      const alert = page.getByRole('alert').filter({ hasText: words.warning });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(words.fine);
      expect((await app.core.call('stays.inHouse', { query: surname })) as unknown).toMatchObject({
        ok: true,
        value: [],
      });
      await alert.getByRole('button').click();
      await alert.getByRole('listitem').first().waitFor();
      await app.screenshot(`stay-limit-check-in-${lang}`);

      // Saving is still allowed: the desk may know better.
      await expect.poll(() => focusedPath(page)).not.toBe('plannedCheckOut');
      for (const issued of await page.locator('[data-path$="document.issueDate"]').all()) {
        await issued.fill('02082021');
      }
      await page.locator('input[type=checkbox][id^="consent-"]').check();
      await page.keyboard.press('Control+Enter');
      await page.getByRole('status').getByText(words.saved).first().waitFor();

      const board = await app.core.call('notifications.board', {});
      if (!board.ok) throw new Error(JSON.stringify(board.error));
      const row = (board.value as BoardView).stayLimits.find((r) => r.surname === surname);
      expect(row?.limit).toMatchObject({ lastDay: '2026-04-18', exceeded: true });

      const boardPage = await app.open('/notifications', lang);
      const group = boardPage.getByRole('region', { name: words.group });
      await group.waitFor();
      await group.getByRole('link', { name: new RegExp(surname) }).waitFor();
      await group.getByText(words.lastDay).waitFor();
      await boardPage.getByRole('navigation').getByText(words.nav).waitFor({ state: 'attached' });
      await app.screenshot(`stay-limit-board-${lang}`);

      // In house marks the row, and the stay panel shows the last lawful day with its trace.
      const house = await app.open(`/in-house?stay=${row!.stayId}`, lang);
      await house.locator('[data-stay-limit="exceeded"]').first().waitFor();
      await house.getByRole('dialog').getByRole('listitem').first().waitFor();
      await app.screenshot(`stay-limit-in-house-${lang}`);

      // The extend dialog says it too, before saving, for the date typed.
      await house.getByRole('button', { name: words.extend }).click();
      const extend = house.getByRole('dialog', { name: words.extend });
      await extend.getByRole('textbox').fill('30042026');
      await extend.getByRole('alert').filter({ hasText: words.warning }).waitFor();
      expect(await extend.getByRole('alert').first().textContent()).toContain(words.fine);
      await app.screenshot(`stay-limit-extend-${lang}`);
      await extend.getByRole('textbox').fill('10042026');
      await extend.getByRole('alert').waitFor({ state: 'detached' });

      // Only one guest per language: the next language's check-in starts from a clean group.
      const out = await app.core.call('stays.checkOut', {
        stayId: row!.stayId,
        at: NOW.toISOString(),
      });
      expect(out).toMatchObject({ ok: true });
    });
  }

  it('counts a returning guest’s earlier stays here before saving, as the saved stay will (ru)', async () => {
    // A citizen of Russia: 90 days in any 180 (domain.md §4). 65 of them spent here already,
    // 10 Jan – 15 Mar, the day of departure counted: 25 are left from 20 Mar, to Mon 13 Apr.
    const first = await checkInByApi(
      app,
      {
        surname: 'SOKOLOV',
        givenNames: 'PAVEL',
        citizenship: 'RUS',
        number: '751234567',
        birthDate: '1980-02-02',
      },
      '404',
      '2026-01-10T12:00:00+05:00',
    );
    const out = await app.core.call('stays.checkOut', {
      stayId: first.stayId,
      at: '2026-03-15T10:00:00+05:00',
    });
    expect(out).toMatchObject({ ok: true });

    const page = await app.open('/check-in', 'ru');
    await page.getByRole('textbox', { name: 'Номер документа' }).fill('751234567');
    await page.getByRole('button', { name: 'Тот же человек: SOKOLOV PAVEL' }).click();
    await page.getByRole('textbox', { name: 'Выезд (план)' }).fill('10052026');
    await page.getByRole('textbox', { name: 'Выезд (план)' }).press('Tab');
    // Without the earlier stay, 10 May is inside the 90 days; with it, past the cap.
    const alert = page.getByRole('alert').filter({ hasText: WORDS.ru.warning });
    await alert.waitFor();
    await alert.getByRole('button').click();
    await alert
      .getByText(/13 апр\.? 2026/)
      .first()
      .waitFor();
    // The sources Tirkeu ships read in the desk's language too.
    await alert.getByText('(Постановление Правительства № 148, п. 6; Договор о ЕАЭС)').waitFor();
    await app.screenshot('stay-limit-returning-ru');
  });

  it('marks a long stay in house: a permit may be needed from the 30th day (kk)', async () => {
    // Checked in on 10 Feb: 20 Mar is day 39. A citizen of Russia has 90 days, so only the
    // long-stay reading (domain.md §10) speaks.
    const { stayId } = await checkInByApi(
      app,
      {
        surname: 'VOLKOV',
        givenNames: 'OLEG',
        citizenship: 'RUS',
        number: '759876543',
        birthDate: '1975-05-05',
      },
      '405',
      '2026-02-10T12:00:00+05:00',
    );
    const page = await app.open('/in-house', 'kk');
    const row = page.getByRole('row').filter({ hasText: 'VOLKOV' });
    await row.getByText('30-күн және одан ұзақ: рұқсат қажет болуы мүмкін').waitFor();
    expect(await row.locator('[data-stay-limit]').count()).toBe(0);
    await app.screenshot('stay-limit-long-stay-kk');
    const out = await app.core.call('stays.checkOut', { stayId, at: NOW.toISOString() });
    expect(out).toMatchObject({ ok: true });
  });

  it('lets the owner edit the stay limits in Settings › Rules, by keyboard-usable labelled fields (kk)', async () => {
    const page = await app.open('/settings/rules', 'kk');
    const form = page
      .locator('form')
      .filter({ hasText: 'Азаматтығы бойынша елде болу мерзімдері' });
    await form.getByRole('combobox', { name: 'Ел, 1-жол' }).waitFor();
    // The 30-day reading is the owner's to switch off.
    await form.getByRole('switch', { name: 'Тұру ұзақ болу күніне жеткенде хабарлау' }).uncheck();
    await form.getByRole('textbox', { name: /№ 923 бұйрық тапсырмалары/ }).fill('30');
    await form.getByRole('button', { name: 'Болу мерзімдерін сақтау' }).click();
    await form.getByRole('status').getByText('Сақталды').waitFor();
    const r = await app.core.call('rules.get', {});
    expect(r).toMatchObject({
      ok: true,
      value: { stayLimits: { longStayWarning: false, selfRegistrationMinDays: 30 } },
    });
    await app.screenshot('stay-limit-settings-kk');
  });
});
