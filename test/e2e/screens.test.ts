/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';
import { checkInByApi, NOW } from './stay-fixtures';

const SCREENS = [
  'in-house',
  'check-in',
  'notifications',
  'reports',
  'settings/hotel',
  'settings/calendar',
  'settings/rules',
  'settings/about',
  'welcome',
] as const;

const EDIT = { kk: 'Өзгерту', ru: 'Изменить', en: 'Edit' } as const;

// Every screen in each language at 1366×768: axe-core finds nothing serious or critical, and no
// text is cut. The screenshots are kept for a person to look at as well.
describe('every screen, in kk, ru and en', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await checkInByApi(
      app,
      {
        surname: 'ABDULLAEV',
        givenNames: 'RUSTAM',
        citizenship: 'RUS',
        number: '751234567',
        birthDate: '1980-01-01',
      },
      '101',
    );
    await checkInByApi(
      app,
      {
        surname: 'WANG',
        givenNames: 'LI',
        citizenship: 'CHN',
        number: 'E12345678',
        birthDate: '1990-05-05',
      },
      '102',
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`has no serious or critical axe finding and no cut text in ${lang}`, async () => {
      const found: Record<string, unknown> = {};
      for (const screen of SCREENS) {
        const page = await app.open(`/${screen}`, lang);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Let the screen's queries settle.
        await page.waitForTimeout(300);
        const axe = await seriousViolations(page);
        const cut = await cutText(page);
        if (axe.length || cut.length) found[screen] = { axe, cut };
        await app.screenshot(`${lang}-${screen.replace('/', '-')}`);
      }
      // A stay open in its drawer, and a dialog over it.
      const page = await app.open('/in-house', lang);
      await page.getByRole('row').nth(1).click();
      await page.getByRole('dialog').getByRole('article').first().waitFor();
      await page.waitForTimeout(400);
      const drawer = { axe: await seriousViolations(page), cut: await cutText(page) };
      if (drawer.axe.length || drawer.cut.length) found.drawer = drawer;
      await app.screenshot(`${lang}-stay-detail`);
      // The edit dialog over the drawer, its country fields filled.
      await page.getByRole('dialog').getByRole('button', { name: EDIT[lang], exact: true }).click();
      await page.getByRole('dialog').getByRole('combobox').first().waitFor();
      await page.waitForTimeout(400);
      const dialog = { axe: await seriousViolations(page), cut: await cutText(page) };
      if (dialog.axe.length || dialog.cut.length) found.editDialog = dialog;
      await app.screenshot(`${lang}-stay-edit`);
      expect(found).toEqual({});
      // Ten screens, a drawer and a dialog, each read by axe: slow on a busy machine.
    }, 300_000);
  }
});
