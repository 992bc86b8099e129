/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { E2E_STAFF, startApp, type AppHarness } from './harness';

describe('signing in, switching staff and what each role sees (issue 11)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const TITLE = { kk: 'Кіру', ru: 'Вход', en: 'Sign in' } as const;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`shows the sign-in screen in ${lang}: names to pick, a PIN field, nothing of the hotel`, async () => {
      const page = await app.open('/in-house', lang, null);
      await page.getByRole('heading', { name: TITLE[lang], level: 1 }).waitFor();
      for (const { name } of Object.values(E2E_STAFF)) {
        await page.getByRole('radio', { name, exact: true }).waitFor();
      }
      expect(await page.getByRole('navigation').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await app.screenshot(`sign-in-${lang}`);
    });
  }

  it('says a wrong PIN in words, then signs in by keyboard alone', async () => {
    const page = await app.open('/in-house', 'en', null);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByRole('radio', { name: E2E_STAFF.receptionist.name }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Wrong PIN or password.').waitFor();
    await page.getByLabel('PIN or password').fill(E2E_STAFF.receptionist.pin);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'In house', level: 1 }).waitFor();
    await page.getByText(`Signed in: ${E2E_STAFF.receptionist.name}, Receptionist`).waitFor();
  });

  it('takes up the language each staff member chose at sign-in, and a language picked before it', async () => {
    const page = await app.open('/in-house', 'en', null);
    const heading = (name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
    // A desk PC shared by a receptionist who reads Russian and an owner who reads Kazakh.
    await app.signIn('receptionist', 'ru');
    await heading('Проживают');
    expect(await page.evaluate(() => localStorage.getItem('tirkeu.language'))).toBe('ru');
    await page.getByRole('button', { name: 'Сменить сотрудника' }).click();
    await app.signIn('owner', 'kk');
    await heading('Тұрып жатқан қонақтар');
    // Picked on the sign-in screen: kept, and remembered as the one who signs in.
    await page.getByRole('button', { name: 'Қызметкерді ауыстыру' }).click();
    await page.getByRole('combobox', { name: 'Тіл' }).selectOption('en');
    const form = page.locator('form[data-sign-in]');
    await form.getByRole('radio', { name: E2E_STAFF.receptionist.name, exact: true }).check();
    await form.locator('input[type="password"]').fill(E2E_STAFF.receptionist.pin);
    await form.locator('input[type="password"]').press('Enter');
    await heading('In house');
    const receptionist = app.core.repos.staff
      .list()
      .find((s) => s.name === E2E_STAFF.receptionist.name)!;
    await expect.poll(() => app.core.repos.staff.language(receptionist.id)).toBe('en');
  });

  it('hides the owner’s screens from a receptionist, and switching staff brings them back for the owner', async () => {
    const page = await app.open('/in-house', 'en', 'receptionist');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Check-in' }).waitFor();
    for (const hidden of ['Settings', 'Reports', 'Guest history']) {
      expect(await nav.getByRole('link', { name: hidden }).count()).toBe(0);
    }
    // Typed by address: no screen either.
    await page.goto(page.url().replace('/in-house', '/settings/staff'));
    await page.getByRole('heading', { name: 'In house', level: 1 }).waitFor();
    // The server refuses the owner's calls to this tab whatever the page does.
    const refused = await page.evaluate(async () => {
      const res = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tirkeu-secret': sessionStorage.getItem('tirkeu.secret') ?? '',
          'x-tirkeu-session': sessionStorage.getItem('tirkeu.session') ?? '',
        },
        body: JSON.stringify({ method: 'staff.list', input: {} }),
      });
      return res.json() as Promise<unknown>;
    });
    expect(refused).toEqual({ ok: false, error: { code: 'auth.forbidden' } });
    await page.getByRole('button', { name: 'Switch staff' }).click();
    await app.signIn('owner');
    await page.getByText('Signed in: Owner, Owner').waitFor();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Staff' }).click();
    await page.getByRole('cell', { name: E2E_STAFF.receptionist.name, exact: true }).waitFor();
    await app.screenshot('settings-staff-en');
  });

  it('warns before a switch loses an unsaved check-in, and Ctrl+Shift+L switches', async () => {
    const page = await app.open('/check-in', 'en', 'receptionist');
    await page.getByRole('textbox', { name: 'Surname' }).first().fill('IVANOV');
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('dialog', { name: 'Unsaved check-in' }).waitFor();
    await page.getByRole('button', { name: 'Stay here' }).click();
    expect(await page.getByRole('textbox', { name: 'Surname' }).first().inputValue()).toBe(
      'IVANOV',
    );
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('button', { name: 'Switch anyway' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('keeps a tab signed in across a reload, and a new tab signs in again', async () => {
    const page = await app.open('/in-house', 'en', 'auditor');
    await page.reload();
    await page.getByRole('heading', { name: 'In house', level: 1 }).waitFor();
    const other = await app.context.newPage();
    await other.goto(`http://127.0.0.1:${app.server.port}/in-house#k=${app.server.secret}`);
    await other.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await other.close();
  });
});
