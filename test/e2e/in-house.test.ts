/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StayDetail } from '../../shared/contract';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';
import { checkInByApi, NOW } from './stay-fixtures';

async function detailOf(app: AppHarness, stayId: number): Promise<StayDetail> {
  const r = await app.core.call('stays.get', { stayId });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as StayDetail;
}

const rowsText = (page: Page) =>
  page
    .getByRole('table', { name: 'Guests staying now' })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );

describe('In house', () => {
  let app: AppHarness;
  const stays = { late: 0, today: 0, anna: 0, local: 0 };
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    // Mon 16 Mar: Mon, Tue, Wed counted, due Wed 18 Mar; on Fri 20 Mar, 2 working days late.
    stays.late = (
      await checkInByApi(
        app,
        {
          surname: 'NOVAK',
          givenNames: 'PETR',
          citizenship: 'CZE',
          number: 'CZ9988776',
          birthDate: '1970-01-02',
        },
        '101',
        '2026-03-16T15:00:00+05:00',
      )
    ).stayId;
    // Wed 18 Mar: Wed, Thu, Fri counted: due today.
    stays.today = (
      await checkInByApi(
        app,
        {
          surname: 'KIM',
          givenNames: 'MINJI',
          citizenship: 'KOR',
          number: 'M12345678',
          birthDate: '1992-05-05',
        },
        '102',
        '2026-03-18T09:00:00+05:00',
      )
    ).stayId;
    stays.anna = (
      await checkInByApi(
        app,
        {
          surname: 'MUELLER',
          givenNames: 'ANNA',
          citizenship: 'DEU',
          number: 'C01X00T47',
          birthDate: '1985-03-12',
        },
        '204',
      )
    ).stayId;
    stays.local = (
      await checkInByApi(
        app,
        {
          surname: 'ABAY',
          givenNames: 'DANA',
          citizenship: 'KAZ',
          number: 'N12345678',
          birthDate: '1990-09-09',
        },
        '305',
      )
    ).stayId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists everyone staying now by room, each notice in words', async () => {
    const page = await app.open('/', 'en');
    await page.getByRole('heading', { name: 'In house', level: 1 }).waitFor();
    await page.getByRole('row', { name: /ABAY DANA/ }).waitFor();
    const rows = await rowsText(page);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^101 NOVAK PETR Czechia .*Overdue 2 working days/);
    expect(rows[1]).toMatch(/^102 KIM MINJI .*Due today/);
    expect(rows[2]).toMatch(/^204 MUELLER ANNA Germany C01X00T47 .*Due Fri 27 Mar/);
    expect(rows[3]).toMatch(/^305 ABAY DANA Kazakhstan .*Not required/);
    await page.getByRole('status').getByText('4 guests · 1 overdue · 1 due today').waitFor();
    // 1366 × 768 without horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );
  });

  it('searches as you type by name, room or document', async () => {
    const page = await app.open('/in-house', 'en');
    const search = page.getByRole('searchbox', { name: 'Search by name, room or document' });
    await page.getByRole('row', { name: /ABAY DANA/ }).waitFor();
    for (const [query, name] of [
      ['muel', 'MUELLER ANNA'],
      ['102', 'KIM MINJI'],
      ['CZ998', 'NOVAK PETR'],
    ] as const) {
      await search.fill(query);
      await expect.poll(() => rowsText(page)).toEqual([expect.stringContaining(name)]);
    }
    await search.fill('nobody-like-this');
    await page.getByText('Nobody staying now matches “nobody-like-this”.').waitFor();
  });

  it('opens a stay from the keyboard with its notice, trace, document and history', async () => {
    const page = await app.open('/in-house', 'en');
    const row = page.getByRole('row', { name: /MUELLER ANNA/ });
    await row.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'MUELLER ANNA' });
    await drawer.getByText('Room 204').first().waitFor();
    const notice = drawer.getByRole('article', { name: 'Notify the migration police' });
    await notice.getByText('Due Fri 27 Mar').waitFor();
    await notice.getByText(/Deadline: end of Fri 27 Mar 2026/).waitFor();
    await notice.getByRole('row', { name: /Mon 23 Mar — skipped Nauryz/ }).waitFor();
    await notice.getByRole('row', { name: /Fri 27 Mar ✓ day 3 Working day/ }).waitFor();
    await drawer.getByText('C01X00T47').waitFor();
    await drawer.getByRole('region', { name: 'History' }).getByText('Checked in').waitFor();
    expect(page.url()).toMatch(/\?stay=\d+$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
  });

  it('changes the room without a new notice, and a return after an absence owes a new one', async () => {
    const page = await app.open(`/in-house?stay=${stays.today}`, 'en');
    const drawer = page.getByRole('dialog', { name: 'KIM MINJI' });
    await drawer.getByRole('button', { name: 'Change room' }).click();
    const roomDialog = page.getByRole('dialog', { name: 'Change room' });
    await roomDialog.getByRole('textbox', { name: 'New room' }).fill('110');
    await roomDialog.getByRole('button', { name: 'Move to this room' }).click();
    await drawer
      .getByRole('region', { name: 'History' })
      .getByText('110', { exact: false })
      .first()
      .waitFor();
    expect((await detailOf(app, stays.today)).room).toBe('110');
    expect((await detailOf(app, stays.today)).notices).toHaveLength(1);

    await drawer.getByRole('button', { name: 'Mark as away' }).click();
    const away = page.getByRole('dialog', { name: 'Mark as away' });
    await away.getByText(/a new notification is owed from that day/).waitFor();
    await away.getByRole('button', { name: 'Mark as away' }).click();
    await drawer.getByText('Away', { exact: true }).first().waitFor();
    await page
      .getByRole('row', { name: /KIM MINJI/ })
      .getByText('Away')
      .waitFor();

    await drawer.getByRole('button', { name: 'Mark as returned' }).click();
    await page
      .getByRole('dialog', { name: 'Mark as returned' })
      .getByRole('button', { name: 'Mark as returned' })
      .click();
    await drawer.getByText('Counted from the return after an absence').first().waitFor();
    await drawer.getByRole('button', { name: 'Change check-out date' }).click();
    const extend = page.getByRole('dialog', { name: 'Change check-out date' });
    await extend.getByRole('textbox', { name: 'Planned check-out' }).fill('25.03.2026');
    await extend.getByRole('button', { name: 'Save the date' }).click();
    await drawer.getByText('Check-out date changed').waitFor();

    const after = await detailOf(app, stays.today);
    expect(after.plannedCheckOut).toBe('2026-03-25');
    expect(after.status).toBe('in_house');
    expect(after.notices.filter((n) => n.kind === 'host_notice')).toHaveLength(2);
    expect(after.notices.at(-1)).toMatchObject({ eventDate: '2026-03-20', dueDate: '2026-03-27' });
  });

  it('corrects a misspelt name through Edit', async () => {
    const page = await app.open(`/in-house?stay=${stays.late}`, 'en');
    const drawer = page.getByRole('dialog', { name: 'NOVAK PETR' });
    await drawer.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Correct the guest’s and the stay’s data' });
    await edit.getByRole('textbox', { name: 'Given names' }).fill('PETER');
    await edit.getByRole('textbox', { name: 'Date of birth' }).fill('30.02.1970');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('This date does not exist').waitFor();
    await edit.getByRole('textbox', { name: 'Date of birth' }).fill('02.01.1970');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog', { name: 'NOVAK PETER' }).waitFor();
    expect((await detailOf(app, stays.late)).person.givenNames).toBe('PETER');
  });

  it('checks a guest out, and cancels an entry made in error with its reason', async () => {
    const page = await app.open(`/in-house?stay=${stays.local}`, 'en');
    const drawer = page.getByRole('dialog', { name: 'ABAY DANA' });
    await drawer.getByText('Citizen of Kazakhstan: no notification is needed.').waitFor();
    await drawer.getByRole('button', { name: 'Check out' }).click();
    await page
      .getByRole('dialog', { name: 'Check out' })
      .getByRole('button', { name: 'Check out' })
      .click();
    await drawer.getByText('Checked out').first().waitFor();
    await expect.poll(() => page.getByRole('row', { name: /ABAY DANA/ }).count()).toBe(0);

    const annaPage = await app.open(`/in-house?stay=${stays.anna}`, 'en');
    const anna = annaPage.getByRole('dialog', { name: 'MUELLER ANNA' });
    await anna.getByRole('button', { name: 'Cancel entry' }).click();
    const cancel = annaPage.getByRole('dialog', { name: 'Cancel entry' });
    await cancel.getByRole('button', { name: 'Cancel this entry' }).click();
    await cancel.getByText('Give a reason (at least 3 characters)').waitFor();
    await cancel
      .getByRole('textbox', { name: 'Reason' })
      .fill('Checked into the wrong hotel by mistake');
    await cancel.getByRole('button', { name: 'Cancel this entry' }).click();
    await anna.getByText('Checked into the wrong hotel by mistake').first().waitFor();
    const d = await detailOf(app, stays.anna);
    expect(d.status).toBe('cancelled');
    expect(d.notices.every((n) => n.state === 'cancelled')).toBe(true);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`looks right in ${lang}: the list and a stay`, async () => {
      const page = await app.open('/in-house', lang);
      await page.getByRole('row').nth(2).waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-in-house`);
      await page.getByRole('row').nth(1).click();
      await page.getByRole('dialog').getByRole('article').first().waitFor();
      // Let the drawer finish sliding in.
      await page.waitForTimeout(400);
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-stay-detail`);
    });
  }
});
