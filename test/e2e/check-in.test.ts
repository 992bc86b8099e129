/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InHouseRow } from '../../shared/contract';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';
import { ANNA, checkInByApi, DEADLINE, NOW, td3 } from './stay-fixtures';

/** Types the zone as a USB passport reader does: a few ms per key, Enter after each line. */
async function scan(page: Page, lines: readonly string[]) {
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 3 });
    await page.keyboard.press('Enter');
  }
}

async function inHouse(app: AppHarness): Promise<InHouseRow[]> {
  const r = await app.core.call('stays.inHouse', { query: '' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as InHouseRow[];
}

/** What the portals need and a scan cannot give: the departure and each date of issue. */
async function fillPortalNeeds(page: Page) {
  await page.getByRole('textbox', { name: 'Planned check-out' }).fill('24032026');
  for (const issued of await page.getByRole('textbox', { name: 'Date of issue' }).all()) {
    await issued.fill('02082021');
  }
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent?.replace(/\s*\*$/, '') ?? el?.tagName ?? '';
  });

describe('the check-in desk', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    // The page's clock too: the form's "now" is the desk's, in Kazakhstan time.
    await app.context.clock.setFixedTime(NOW);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reads a passport typed by a reader, saves, and shows the deadline and why', async () => {
    const page = await app.open('/check-in', 'en');
    const mrz = page.getByRole('textbox', { name: 'Machine-readable zone' });
    await expect.poll(() => mrz.evaluate((el) => el === document.activeElement)).toBe(true);

    await scan(page, td3(ANNA));

    await expect
      .poll(() => page.getByRole('textbox', { name: 'Surname' }).inputValue())
      .toBe('MUELLER');
    expect(await page.getByRole('textbox', { name: 'Given names' }).inputValue()).toBe(
      'ANNA MARIA',
    );
    expect(await page.getByRole('textbox', { name: 'Document number' }).inputValue()).toBe(
      'C01X00T47',
    );
    expect(await page.getByRole('textbox', { name: 'Date of birth' }).inputValue()).toBe(
      '12.03.1985',
    );
    expect(await page.getByRole('textbox', { name: 'Valid through' }).inputValue()).toBe(
      '01.08.2031',
    );
    expect(await page.getByRole('combobox', { name: 'Sex' }).inputValue()).toBe('F');
    expect(await page.getByRole('combobox', { name: 'Citizenship' }).inputValue()).toBe(
      'Germany (DEU)',
    );
    // The check-in moment defaults to now in Kazakhstan (UTC+5), whatever the PC's zone.
    expect(await page.getByRole('textbox', { name: 'Check-in date' }).inputValue()).toBe(
      '20.03.2026',
    );
    expect(await page.getByRole('textbox', { name: 'Time (UTC+5)' }).inputValue()).toBe('11:00');

    // The reader's last Enter is not taken as the desk's: the cursor waits in the room field.
    await expect.poll(() => focusedLabel(page)).toBe('Room');
    await page.keyboard.type('204');
    // Enter skips what the scan filled, to what the portal needs and the scan cannot give, then
    // to the consent still to be given.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe('Planned check-out');
    await page.keyboard.type('24032026');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe('Date of issue');
    await page.keyboard.type('02082021');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focusedLabel(page))
      .toBe('The guest agreed to the processing of their personal data');
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');

    await page.getByRole('status').getByText('Guest checked in').waitFor();
    const guest = page.getByRole('region', { name: 'MUELLER ANNA MARIA' });
    await guest.getByText('Deadline: end of Fri 27 Mar 2026, Kazakhstan time').waitFor();
    await guest
      .getByText(/Skipped: 21–23 Mar \(Nauryz\); 24–25 Mar \(day off for Nauryz\)/)
      .waitFor();
    await guest.getByRole('button', { name: /Due Fri 27 Mar: show why/ }).click();
    const trace = page.getByRole('dialog').getByRole('table');
    await trace.getByRole('row', { name: /Thu 26 Mar ✓ day 2 Working day/ }).waitFor();
    await trace.getByRole('row', { name: /Tue 24 Mar — skipped Day off for Nauryz/ }).waitFor();
    await page
      .getByRole('dialog')
      .getByText(/Rule: Rules of entry and stay of immigrants/)
      .waitFor();

    const rows = await inHouse(app);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ room: '204', surname: 'MUELLER', citizenship: 'DEU' });
    expect(rows[0]!.notice).toMatchObject({ dueDate: DEADLINE, state: 'pending' });

    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'In house' }).click();
    const row = page.getByRole('row', { name: /MUELLER ANNA MARIA/ });
    await row.getByText('Due Fri 27 Mar').waitFor();
  });

  it('takes the next passport scanned straight after saving into a new check-in', async () => {
    const page = await app.open('/check-in', 'en');
    await page.getByRole('textbox', { name: 'Machine-readable zone' }).waitFor();
    await scan(
      page,
      td3({ ...ANNA, surname: 'DUPONT', given: 'MARIE', state: 'FRA', number: '15AB12345' }),
    );
    await page.keyboard.type('118');
    await fillPortalNeeds(page);
    await page.getByRole('checkbox', { name: /agreed to the processing/ }).check();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Check in the next guest' }).waitFor();

    await scan(
      page,
      td3({
        ...ANNA,
        surname: 'DUPONT',
        given: 'PAUL',
        state: 'FRA',
        number: '15AB12346',
        sex: 'M',
      }),
    );
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Given names' }).inputValue())
      .toBe('PAUL');
    expect(await page.getByRole('textbox', { name: 'Room' }).inputValue()).toBe('');
    await expect.poll(() => focusedLabel(page)).toBe('Room');
  });

  it('moves a scan that landed in another field into the MRZ field', async () => {
    const page = await app.open('/check-in', 'en');
    const room = page.getByRole('textbox', { name: 'Room' });
    await room.fill('7');
    await room.focus();
    await scan(
      page,
      td3({ ...ANNA, surname: 'BROWN', given: 'ALEX', state: 'CAN', number: 'GA302922' }),
    );
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Surname' }).inputValue())
      .toBe('BROWN');
    expect(await room.inputValue()).toBe('7');
    expect(await page.getByRole('textbox', { name: 'Document number' }).inputValue()).toBe(
      'GA302922',
    );
  });

  it('checks in a parent with two children, one on the parent’s passport: three notices', async () => {
    const page = await app.open('/check-in', 'en');
    const parent = td3({
      ...ANNA,
      surname: 'SMITH',
      given: 'JOHN',
      state: 'GBR',
      number: '533401372',
      sex: 'M',
      birth: '800101',
    });
    const child = td3({
      ...ANNA,
      surname: 'SMITH',
      given: 'EMMA',
      state: 'GBR',
      number: '533401380',
      birth: '150505',
    });
    await page.getByRole('textbox', { name: 'Machine-readable zone' }).waitFor();
    await scan(page, parent);
    await page.keyboard.type('310');

    await page.getByRole('button', { name: 'Add a family member' }).click();
    const second = page.getByRole('region', { name: 'Guest 2' });
    // A paste reads at once.
    await second.getByRole('textbox', { name: 'Machine-readable zone' }).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text', text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, child.join('\n'));
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Given names' }).inputValue())
      .toBe('EMMA');

    await page.getByRole('button', { name: 'Add a family member' }).click();
    const third = page.getByRole('region', { name: 'Guest 3' });
    await third.getByRole('checkbox', { name: /No document of their own/ }).check();
    await expect
      .poll(() => third.getByRole('combobox', { name: 'Travels on the document of' }).inputValue())
      .toBe('SMITH JOHN');
    await third.getByRole('textbox', { name: 'Surname' }).fill('SMITH');
    await third.getByRole('textbox', { name: 'Given names' }).fill('OLIVER');
    await third.getByRole('textbox', { name: 'Date of birth' }).fill('02062021');
    expect(await third.getByRole('textbox', { name: 'Date of birth' }).inputValue()).toBe(
      '02.06.2021',
    );
    // Kept from the first guest: the family travels together.
    expect(await third.getByRole('combobox', { name: 'Citizenship' }).inputValue()).toBe(
      'United Kingdom (GBR)',
    );
    // The portals need a sex for the child too (VMP's children section).
    await third.getByRole('combobox', { name: 'Sex' }).selectOption('M');
    await fillPortalNeeds(page);

    for (const consent of await page
      .getByRole('checkbox', { name: /agreed to the processing/ })
      .all()) {
      await consent.check();
    }
    await page.getByRole('button', { name: 'Check in 3 guests' }).click();

    await page.getByRole('status').getByText('3 guests checked in').waitFor();
    for (const name of ['SMITH JOHN', 'SMITH EMMA', 'SMITH OLIVER']) {
      await page
        .getByRole('region', { name })
        .getByRole('button', { name: /Due Fri 27 Mar/ })
        .waitFor();
    }
    await page
      .getByRole('region', { name: 'SMITH OLIVER' })
      .getByText('On the document of SMITH JOHN')
      .waitFor();

    const smiths = (await inHouse(app)).filter((r) => r.surname === 'SMITH');
    expect(smiths.map((r) => r.givenNames).sort()).toEqual(['EMMA', 'JOHN', 'OLIVER']);
    expect(new Set(smiths.map((r) => r.notice?.id)).size).toBe(3);
    for (const r of smiths) expect(r.notice).toMatchObject({ dueDate: DEADLINE, state: 'pending' });
    expect(smiths.find((r) => r.givenNames === 'OLIVER')!.documentNumber).toBeNull();
  });

  it('shows a misread check digit on its field and saves nothing', async () => {
    const before = (await inHouse(app)).length;
    const page = await app.open('/check-in', 'en');
    const [l1, l2] = td3({
      ...ANNA,
      surname: 'ROSSI',
      given: 'LUCA',
      state: 'ITA',
      number: 'YA1234567',
    });
    // The document number's check digit (position 10) misread as another digit.
    const bad = l2.slice(0, 9) + String((Number(l2[9]) + 1) % 10) + l2.slice(10);
    await page.getByRole('textbox', { name: 'Machine-readable zone' }).waitFor();
    await scan(page, [l1, bad]);

    const number = page.getByRole('textbox', { name: 'Document number' });
    await expect.poll(() => number.getAttribute('aria-invalid')).toBe('true');
    await page
      .getByText('The check digit does not match: this part was probably misread.')
      .waitFor();
    // Only the document number is in doubt; the rest was read.
    expect(
      await page.getByRole('textbox', { name: 'Surname' }).getAttribute('aria-invalid'),
    ).not.toBe('true');

    await page.getByRole('textbox', { name: 'Room' }).fill('115');
    await fillPortalNeeds(page);
    await page.getByRole('checkbox', { name: /agreed to the processing/ }).check();
    await page.keyboard.press('Control+Enter');
    await page
      .getByRole('alert')
      .getByText(/Check 1 field: nothing has been saved yet/)
      .waitFor();
    expect((await inHouse(app)).length).toBe(before);
    expect(await page.getByRole('textbox', { name: 'Room' }).inputValue()).toBe('115');
  });

  it('says so on the field when a date cannot exist, before sending', async () => {
    const page = await app.open('/check-in', 'en');
    const birth = page.getByRole('textbox', { name: 'Date of birth' });
    await birth.fill('31.02.1990');
    await birth.press('Tab');
    await page.getByText('This date does not exist').waitFor();
    expect(await birth.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers a returning guest and checks the same person in again', async () => {
    const first = await checkInByApi(
      app,
      {
        surname: 'TANAKA',
        givenNames: 'HIRO',
        citizenship: 'JPN',
        number: 'TK1234567',
        birthDate: '1979-07-07',
      },
      '501',
      '2026-03-10T12:00:00+05:00',
    );
    const out = await app.core.call('stays.checkOut', {
      stayId: first.stayId,
      at: '2026-03-12T10:00:00+05:00',
    });
    expect(out.ok).toBe(true);

    const page = await app.open('/check-in', 'en');
    await page.getByRole('textbox', { name: 'Document number' }).fill('tk1234567');
    const offer = page.getByRole('region', { name: /This guest may have stayed here before/ });
    await offer.getByText('TANAKA HIRO').waitFor();
    await offer.getByText(/last stay: room 501, 10 Mar 2026 · same document number/).waitFor();
    await offer.getByRole('button', { name: 'Same person: TANAKA HIRO' }).click();

    expect(await page.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe('TANAKA');
    expect(await page.getByRole('textbox', { name: 'Date of birth' }).inputValue()).toBe(
      '07.07.1979',
    );
    expect(await page.getByRole('combobox', { name: 'Citizenship' }).inputValue()).toBe(
      'Japan (JPN)',
    );
    await page.getByText('Returning guest').waitFor();

    await page.getByRole('textbox', { name: 'Room' }).fill('502');
    await page.getByRole('checkbox', { name: /agreed to the processing/ }).check();
    // The record from the last stay lacks what the portals need: asked now, on its fields.
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    for (const name of ['Planned check-out', 'Date of issue', 'Valid through']) {
      await expect
        .poll(() => page.getByRole('textbox', { name }).getAttribute('aria-invalid'))
        .toBe('true');
    }
    await page.getByText('Needed for the notice').first().waitFor();
    expect((await inHouse(app)).some((r) => r.room === '502')).toBe(false);
    await fillPortalNeeds(page);
    await page.getByRole('textbox', { name: 'Valid through' }).fill('01082031');
    await page.getByRole('combobox', { name: 'Sex' }).selectOption('M');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('status').getByText('Guest checked in').waitFor();

    const tanaka = (await inHouse(app)).find((r) => r.surname === 'TANAKA')!;
    expect(tanaka.guestId).toBe(first.guestId);
    const matches = await app.core.call('guests.match', { documentNumber: 'TK1234567' });
    expect(matches.ok && (matches.value as unknown[]).length).toBe(1);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`looks right in ${lang}: the filled form and the deadlines after saving`, async () => {
      const page = await app.open('/check-in', lang);
      const [l1, l2] = td3({
        ...ANNA,
        surname: 'IVANOVA',
        // Another person in each language: one name and birth date twice would be asked about.
        given: { kk: 'OLGA', ru: 'IRINA', en: 'ELENA' }[lang],
        state: 'RUS',
        number: `75${lang.charCodeAt(0)}1234`,
        sex: 'F',
      });
      const mrz = page.locator('textarea').first();
      await mrz.waitFor();
      await scan(page, [l1, l2]);
      await page.keyboard.type(`3${lang.length}${lang.charCodeAt(1)}`);
      await page.locator('input[data-path="plannedCheckOut"]').fill('24032026');
      await page.locator('input[data-path$="document.issueDate"]').fill('02082021');
      await page.locator('input[type=checkbox]').last().check();
      // 1366 × 768 without horizontal scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1366,
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-check-in-filled`);
      await page.keyboard.press('Control+Enter');
      await page.getByRole('status').first().waitFor();
      await page.getByRole('region', { name: /^IVANOVA / }).waitFor();
      expect(await cutText(page)).toEqual([]);
      await app.screenshot(`${lang}-check-in-saved`);
    });
  }
});
