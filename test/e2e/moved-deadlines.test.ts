/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { allYearSpecs } from '../../shared/rules';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { startApp, type AppHarness } from './harness';

// Friday 3 May 2024, 15:00 in Astana.
const NOW = new Date('2024-05-03T10:00:00Z');
// The Tirkeu installed before the Ministry's 2024 transfer (published 17 April): no working
// Saturday 4 May, no day off on Wednesday 8 May.
const BEFORE_ORDER = allYearSpecs().map((y) => (y.year === 2024 ? { ...y, transfers: [] } : y));

describe('deadlines moved by an update of the shipped calendar', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({
      now: () => NOW,
      rulesData: { version: 2, years: allYearSpecs() },
      before: async (dbFile) => {
        const old = createCore({
          dbFile,
          now: () => NOW,
          rulesData: { version: 1, years: BEFORE_ORDER },
        });
        for (const [surname, room, checkInAt] of [
          ['BAUER', '207', '2024-05-03T09:00:00+05:00'],
          ['SCHMIDT', '305', '2024-05-02T12:00:00+05:00'],
        ] as const) {
          const r = await old.call(
            'stays.checkIn',
            checkInInput([guestEntry({ surname, givenNames: 'ANNA', citizenship: 'DEU' })], {
              room,
              checkInAt,
              plannedCheckOut: null,
            }),
          );
          expect(r.ok).toBe(true);
        }
        old.close();
      },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists them earliest first on every screen until the desk dismisses the list', async () => {
    const page = await app.open('/in-house', 'en');
    const banner = page.getByRole('region', {
      name: 'Deadlines moved: the official calendar or rules in Tirkeu were updated',
    });
    await banner.waitFor();
    const rows = await banner.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'SCHMIDT ANNA 305 Notify the migration police Mon 6 May 2024 Sat 4 May 2024 (earlier)',
      'BAUER ANNA 207 Notify the migration police Wed 8 May 2024 Mon 6 May 2024 (earlier)',
    ]);
    await app.screenshot('en-moved-deadlines');

    await page.getByRole('link', { name: 'Check-in' }).click();
    await banner.waitFor();

    const dismiss = banner.getByRole('button', { name: 'Got it, hide this list' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    expect(await app.core.call('deadlines.moved', {})).toEqual({ ok: true, value: [] });
  });
});

describe('the moved-deadlines banner in Russian and Kazakh', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({
      now: () => NOW,
      rulesData: { version: 2, years: allYearSpecs() },
      before: async (dbFile) => {
        const old = createCore({
          dbFile,
          now: () => NOW,
          rulesData: { version: 1, years: BEFORE_ORDER },
        });
        const r = await old.call(
          'stays.checkIn',
          checkInInput(
            [guestEntry({ surname: 'SCHMIDT', givenNames: 'ANNA', citizenship: 'DEU' })],
            {
              room: '305',
              checkInAt: '2024-05-02T12:00:00+05:00',
              plannedCheckOut: null,
            },
          ),
        );
        expect(r.ok).toBe(true);
        old.close();
      },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['ru', 'Сроки изменились: в Tirkeu обновлён официальный календарь или правила', 'раньше'],
    ['kk', 'Мерзімдер өзгерді: Tirkeu-дегі ресми күнтізбе немесе ережелер жаңартылды', 'ертерек'],
  ] as const)('speaks %s', async (lang, title, earlier) => {
    const page = await app.open('/in-house', lang);
    const banner = page.getByRole('region', { name: title });
    await banner.waitFor();
    expect(await banner.getByRole('row').nth(1).innerText()).toContain(earlier);
    await app.screenshot(`${lang}-moved-deadlines`);
  });
});
