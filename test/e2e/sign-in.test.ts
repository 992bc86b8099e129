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
    // Named as a wrong PIN, with the tries left before the lock; the PIN field has the focus.
    const alert = page.getByRole('alert');
    await alert.getByText('Wrong PIN', { exact: true }).waitFor();
    await alert.getByText('Tries left before the lock: 4.', { exact: false }).waitFor();
    const pin = page.getByLabel('PIN or password', { exact: true });
    expect(await pin.evaluate((el) => el === document.activeElement)).toBe(true);
    await pin.fill(E2E_STAFF.receptionist.pin);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'In house', level: 1 }).waitFor();
    await page.getByText(`Signed in: ${E2E_STAFF.receptionist.name}, Receptionist`).waitFor();
  });

  const WRONG = {
    kk: { title: 'PIN-код қате', toggle: 'PIN-кодты немесе құпиясөзді көрсету не жасыру' },
    ru: { title: 'Неверный PIN-код', toggle: 'Показать или скрыть PIN-код или пароль' },
    en: { title: 'Wrong PIN', toggle: 'Show or hide the PIN or password' },
  } as const;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`names a wrong PIN and its show/hide button in ${lang} (issue 20)`, async () => {
      const page = await app.open('/in-house', lang, null);
      const form = page.locator('form[data-sign-in]');
      await form.getByRole('radio', { name: E2E_STAFF.auditor.name, exact: true }).check();
      await form.getByRole('button', { name: WRONG[lang].toggle }).waitFor();
      await form.locator('input[type="password"]').fill('0000');
      await form.locator('input[type="password"]').press('Enter');
      await page.getByRole('alert').getByText(WRONG[lang].title, { exact: true }).waitFor();
      await app.screenshot(`sign-in-wrong-${lang}`);
      // The auditor signs in after all: their count starts again for the tests that follow.
      await form.locator('input[type="password"]').fill(E2E_STAFF.auditor.pin);
      await form.locator('input[type="password"]').press('Enter');
      await form.waitFor({ state: 'detached' });
    });
  }

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
    // The sign-in form's own switch: the shell's, still there while the sign-out is on its way,
    // would set the owner's language instead.
    const form = page.locator('form[data-sign-in]');
    await form.getByRole('combobox', { name: 'Тіл' }).selectOption('en');
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

  it('lets anyone change their own PIN, by keyboard, after giving the current one', async () => {
    const page = await app.open('/in-house', 'en', 'receptionist');
    await page.getByRole('button', { name: 'Change PIN' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your PIN or password' });
    await dialog.waitFor();
    await page.keyboard.type('0000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5791');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5791');
    await page.keyboard.press('Enter');
    await dialog.getByText('This is not your current PIN or password').waitFor();
    await dialog.getByLabel('Current PIN or password').fill(E2E_STAFF.receptionist.pin);
    await dialog.getByLabel('Repeat it').fill('5792');
    await page.keyboard.press('Enter');
    await dialog.getByText('The two entries differ').waitFor();
    await dialog.getByLabel('Repeat it').fill('5791');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('PIN changed.').waitFor();
    expect(await dialog.count()).toBe(0);
    await app.screenshot('change-pin-done-en');

    const id = app.core.repos.staff.list().find((s) => s.name === E2E_STAFF.receptionist.name)!.id;
    const signIn = (secret: string) =>
      app.core.dispatch('auth.signIn', { staffId: id, secret }, app.core.contextFor(null));
    expect(await signIn('5791')).toMatchObject({ ok: true });
    expect(await signIn(E2E_STAFF.receptionist.pin)).toMatchObject({ ok: false });
    // Back as it was for the tests after this one.
    expect(
      await app.core.call('staff.resetSecret', {
        staffId: id,
        secret: E2E_STAFF.receptionist.pin,
      }),
    ).toMatchObject({ ok: true });
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`offers Change PIN in ${lang}`, async () => {
      const page = await app.open('/in-house', lang, 'auditor');
      const label = { kk: 'PIN-кодты өзгерту', ru: 'Сменить PIN-код' }[lang];
      await page.getByRole('button', { name: label }).click();
      const title = {
        kk: 'PIN-кодты немесе құпиясөзді өзгерту',
        ru: 'Смена PIN-кода или пароля',
      }[lang];
      await page.getByRole('dialog', { name: title }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await app.screenshot(`change-pin-${lang}`);
    });
  }

  it('lets the owner correct a staff member’s name and role, and their own name', async () => {
    const page = await app.open('/settings/staff', 'en', 'owner');
    // Deactivate is offered for others, never on the owner's own row.
    await page.getByRole('button', { name: `Deactivate: ${E2E_STAFF.auditor.name}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Deactivate: Owner' }).count()).toBe(0);
    await page.getByRole('button', { name: `Name and role of ${E2E_STAFF.auditor.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Name and role of ${E2E_STAFF.auditor.name}` });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Nurlan Zhaksybekuly');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Receptionist' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Nurlan Zhaksybekuly saved.').waitFor();
    const row = page.getByRole('row', { name: /Nurlan Zhaksybekuly/ });
    await row.getByRole('cell', { name: 'Receptionist', exact: true }).waitFor();
    await app.screenshot('settings-staff-edited-en');

    // The one hotel owner cannot make themselves a receptionist.
    await page.getByRole('button', { name: 'Name and role of Owner' }).click();
    const mine = page.getByRole('dialog', { name: 'Name and role of Owner' });
    await mine.getByRole('textbox', { name: 'Name' }).fill('Aigerim Saparova');
    await mine.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Receptionist' }).click();
    await mine.getByRole('button', { name: 'Save' }).click();
    await mine.getByText('The hotel must keep at least one active owner.').waitFor();
    await mine.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Owner' }).click();
    await mine.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Signed in: Aigerim Saparova, Owner').waitFor();

    // Back as they were for the tests after this one.
    const ids = Object.fromEntries(app.core.repos.staff.list().map((s) => [s.name, s.id]));
    for (const [name, staffId, role] of [
      ['Owner', ids['Aigerim Saparova'], 'owner'],
      [E2E_STAFF.auditor.name, ids['Nurlan Zhaksybekuly'], 'auditor'],
    ] as const) {
      expect(await app.core.call('staff.update', { staffId, name, role })).toMatchObject({
        ok: true,
      });
    }
  });
});
