/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { checkInByApi, NOW } from './stay-fixtures';

// A full house is drawn only where it is in view; these prove it is still one table to a screen
// reader and to the keyboard, and that search finds a guest far down the list.
describe('In house with a full hotel', () => {
  let app: AppHarness;
  const ROOMS = 120;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    for (let i = 1; i <= ROOMS; i += 1) {
      await checkInByApi(
        app,
        {
          surname: `GUEST${String(i).padStart(3, '0')}`,
          givenNames: 'ANNA',
          citizenship: 'DEU',
          number: `D${100000 + i}`,
          birthDate: '1980-01-01',
        },
        String(1000 + i),
      );
    }
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  it('tells the whole length, draws fewer rows, and reaches the last room by keyboard', async () => {
    const page = await app.open('/in-house', 'en');
    const table = page.getByRole('table', { name: 'Guests staying now' });
    await table.getByRole('row', { name: /GUEST001 ANNA/ }).waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(ROOMS + 1));
    const drawn = await table.locator('tbody tr[data-index]').count();
    expect(drawn).toBeLessThan(ROOMS);
    await table.getByRole('row', { name: /GUEST001 ANNA/ }).focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).innerText))
      .toMatch(/1120\s+GUEST120 ANNA/);
    const last = table.getByRole('row', { name: /GUEST120 ANNA/ });
    expect(await last.getAttribute('aria-rowindex')).toBe(String(ROOMS + 1));
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).innerText))
      .toMatch(/GUEST119 ANNA/);
  });

  it('looks the same in every language, scrolled to the middle of the house', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const page = await app.open('/in-house', lang);
      await page.getByRole('row', { name: /GUEST001 ANNA/ }).waitFor();
      await page.mouse.wheel(0, 1500);
      await page
        .getByRole('row', { name: /GUEST05\d ANNA/ })
        .first()
        .waitFor();
      await app.screenshot(`${lang}-in-house-full`);
    }
  });

  it('finds a guest far down the list by search and opens them', async () => {
    const page = await app.open('/in-house', 'en');
    await page
      .getByRole('searchbox', { name: 'Search by name, room or document' })
      .fill('GUEST097');
    const row = page.getByRole('row', { name: /GUEST097 ANNA/ });
    await row.waitFor();
    await row.click();
    await page.getByRole('dialog', { name: 'GUEST097 ANNA' }).waitFor();
  });
});
