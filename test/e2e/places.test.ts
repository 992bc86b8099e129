/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InHouseRow, StayDetail } from '../../shared/contract';
import { translate } from '../../shared/locales';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';
import { ANNA, checkInByApi, NOW, td3 } from './stay-fixtures';

/** Types the zone as a USB passport reader does: a few ms per key, Enter after each line. */
async function scan(page: Page, lines: readonly string[]) {
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 3 });
    await page.keyboard.press('Enter');
  }
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent?.replace(/\s*\*$/, '') ?? el?.tagName ?? '';
  });

/** The second place each language's owner adds, and the guest checked into it. */
const CASES = {
  kk: {
    place: 'Корпус Б',
    address: 'Алматы қ., Абай даңғылы 150, 2-пәтер',
    region: 'KZ-75',
    regionSearch: 'Алматы',
    guest: { surname: 'SCHMIDT', given: 'ANNA', state: 'DEU', number: 'C01X00T47' },
    room: 'B12',
  },
  ru: {
    place: 'Апартаменты на Абая',
    address: 'Шымкент, ул. Абая 7, кв. 3',
    region: 'KZ-79',
    regionSearch: 'Шымкент',
    guest: { surname: 'ROSSI', given: 'GIULIA', state: 'ITA', number: 'YA1234567' },
    room: 'A3',
  },
} as const;

describe('Several places of stay', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    const saved = await app.core.call('hotel.save', {
      name: 'Hostel Nomad',
      bin: '',
      address: 'Астана қ., Кенесары к-сі 40',
      region: 'KZ-71',
      businessSize: 'small',
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    // A guest at the hotel's own (first) place, so the register has a row from the start.
    await checkInByApi(
      app,
      {
        surname: 'TAYLOR',
        givenNames: 'EMMA',
        citizenship: 'GBR',
        number: '533380006',
        birthDate: '1990-05-14',
      },
      '101',
    );
  }, 60_000);
  afterAll(() => app?.close());

  it('with one place, shows no place select at check-in and no place column in the register', async () => {
    const tr = (key: string) => translate('kk', key);
    const page = await app.open('/check-in', 'kk', 'receptionist');
    await page.getByRole('textbox', { name: tr('stays:field.room') }).waitFor();
    expect(await page.getByRole('combobox', { name: tr('places:select') }).count()).toBe(0);

    const reports = await app.open('/reports', 'kk', 'owner');
    await reports.getByRole('table', { name: tr('reports:register.tableLabel') }).waitFor();
    const headers = await reports.getByRole('columnheader').allTextContents();
    expect(headers).toContain(tr('reports:col.room'));
    expect(headers).not.toContain(tr('reports:col.place'));
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`in ${lang}: the owner adds a place, the desk checks a guest into it by keyboard, the guide and the register follow`, async () => {
      const c = CASES[lang];
      const tr = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);

      // The owner adds the place in Settings › Hotel.
      const settings = await app.open('/settings/hotel', lang, 'owner');
      await settings.getByRole('button', { name: tr('places:add') }).click();
      const dialog = settings.getByRole('dialog', { name: tr('places:newTitle') });
      await dialog.getByRole('textbox', { name: tr('places:name') }).fill(c.place);
      await dialog.getByRole('combobox', { name: tr('places:region') }).fill(c.regionSearch);
      await settings
        .getByRole('option', { name: tr(`common:region.${c.region}`), exact: true })
        .click();
      await dialog.getByRole('textbox', { name: tr('places:address') }).fill(c.address);
      await dialog.getByRole('button', { name: tr('common:action.save') }).click();
      const table = settings.getByRole('table', { name: tr('places:tableLabel') });
      await table.getByRole('row', { name: new RegExp(c.place) }).waitFor();
      expect(await seriousViolations(settings)).toEqual([]);
      expect(await cutText(settings)).toEqual([]);
      await app.screenshot(`places-settings-${lang}`);

      // The receptionist scans a passport, picks the place with the keyboard and saves.
      const page = await app.open('/check-in', lang, 'receptionist');
      await page.getByRole('textbox', { name: tr('documents:field.lines') }).waitFor();
      await scan(
        page,
        td3({
          ...ANNA,
          surname: c.guest.surname,
          given: c.guest.given,
          state: c.guest.state,
          number: c.guest.number,
        }),
      );
      await expect.poll(() => focusedLabel(page)).toBe(tr('stays:field.room'));
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedLabel(page)).toBe(tr('places:select'));
      const select = page.getByRole('combobox', { name: tr('places:select') });
      const options = await select.locator('option').allTextContents();
      for (let i = 0; i < options.indexOf(c.place); i++) await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text))
        .toBe(c.place);
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedLabel(page)).toBe(tr('stays:field.room'));
      await page.keyboard.type(c.room);
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedLabel(page)).toBe(tr('stays:field.plannedCheckOut'));
      await page.keyboard.type('24032026');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedLabel(page)).toBe(tr('stays:field.issueDate'));
      await page.keyboard.type('02082021');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedLabel(page)).toBe(tr('stays:field.consent'));
      await page.keyboard.press('Space');
      expect(await seriousViolations(page)).toEqual([]);
      await app.screenshot(`places-check-in-${lang}`);
      await page.keyboard.press('Control+Enter');
      await page.getByRole('status').getByText(tr('stays:done.title_one')).waitFor();

      const rows = (await app.core.call('stays.inHouse', { query: c.guest.surname })) as {
        ok: true;
        value: InHouseRow[];
      };
      const stayId = rows.value[0]!.stayId;
      const stay = (await app.core.call('stays.get', { stayId })) as {
        ok: true;
        value: StayDetail;
      };
      const places = (await app.core.call('places.list', {})) as {
        ok: true;
        value: Array<{ id: number; name: string }>;
      };
      expect(stay.value.placeId).toBe(places.value.find((p) => p.name === c.place)!.id);

      // The filing guide gives that place's address and region, not the hotel's.
      const notice = stay.value.notices[0]!.id;
      const guide = await app.open(`/notifications?notice=${notice}`, lang, 'receptionist');
      const line = guide.getByTestId('filing-place');
      await line.waitFor();
      const text = await line.textContent();
      expect(text).toContain(c.place);
      expect(text).toContain(c.address);
      expect(text).toContain(tr(`common:region.${c.region}`));
      await guide.getByText(c.address, { exact: true }).first().waitFor();
      expect(await guide.getByText('Кенесары', { exact: false }).count()).toBe(0);
      await app.screenshot(`places-filing-${lang}`);

      // The stay's panel names its place, and its edit can correct it (a select, as at check-in).
      const panel = await app.open(`/in-house?stay=${stayId}`, lang, 'receptionist');
      const drawer = panel.getByRole('dialog', { name: `${c.guest.surname} ${c.guest.given}` });
      await drawer.getByText(c.place, { exact: true }).waitFor();
      await drawer.getByRole('button', { name: tr('stays:action.edit'), exact: true }).click();
      const edit = panel.getByRole('dialog', { name: tr('stays:action.editTitle') });
      const editSelect = edit.getByRole('combobox', { name: tr('places:select') });
      expect(
        await editSelect.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text),
      ).toBe(c.place);
      await app.screenshot(`places-edit-${lang}`);
      await panel.keyboard.press('Escape');

      // A place a stay names is not removed: the owner is told why, in their language.
      const again = await app.open('/settings/hotel', lang, 'owner');
      await again.getByRole('button', { name: tr('places:remove', { name: c.place }) }).click();
      await again.getByText(tr('common:errors.place.in_use', { count: 1 })).waitFor();
      await again
        .getByRole('table', { name: tr('places:tableLabel') })
        .getByRole('row', { name: new RegExp(c.place) })
        .waitFor();

      // The register groups by place, with the place's column.
      const reports = await app.open('/reports', lang, 'owner');
      const register = reports.getByRole('table', { name: tr('reports:register.tableLabel') });
      await register.waitFor();
      const headers = await register.getByRole('columnheader').allTextContents();
      const at = headers.indexOf(tr('reports:col.place'));
      expect(at).toBeGreaterThan(0);
      expect(headers[at + 1]).toBe(tr('reports:col.room'));
      const row = register.getByRole('row', { name: new RegExp(c.guest.surname) });
      expect(await row.getByRole('cell').nth(at).textContent()).toBe(c.place);
      await app.screenshot(`places-register-${lang}`);

      await reports.getByRole('tab', { name: tr('reports:screen.statistics') }).click();
      await reports.getByRole('heading', { name: tr('reports:stats.byPlace') }).waitFor();
      const perPlace = reports.getByRole('table', { name: tr('reports:stats.byPlace') });
      const placeRow = perPlace.getByRole('row', { name: new RegExp(c.place) });
      // The place's own notices: its one guest, not the hotel's.
      expect(await placeRow.getByRole('cell').first().textContent()).toBe('1');
      expect(await seriousViolations(reports)).toEqual([]);
      await app.screenshot(`places-statistics-${lang}`);
    }, 120_000);
  }
});
