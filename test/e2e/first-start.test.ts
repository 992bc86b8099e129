/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';

// A newcomer's first start: a new database, nobody with a PIN yet (README: the first start asks
// the owner for theirs).
describe('the first start on a new database', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ staff: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks the owner for a PIN twice, signs them in with it, in the language they picked', async () => {
    const page = await app.open('/', 'en', null);
    await page.getByRole('heading', { name: 'Welcome to Tirkeu', level: 1 }).waitFor();
    // Picked before anyone is signed in: it becomes the owner's.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('kk');
    await page.getByRole('heading', { name: 'Tirkeu-ге қош келдіңіз', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const pin = page.getByLabel('Сіздің PIN-кодыңыз немесе құпиясөзіңіз');
    const repeat = page.getByLabel('Қайталаңыз');
    const focused = (field: typeof pin) => field.evaluate((el) => el === document.activeElement);
    // The show/hide button of each PIN field is named in the screen's language (issue 20).
    const toggles = page.getByRole('button', {
      name: 'PIN-кодты немесе құпиясөзді көрсету не жасыру',
    });
    expect(await toggles.count()).toBe(2);
    await page.getByRole('textbox', { name: 'Сіздің атыңыз' }).fill('Aigerim Saparova');
    // The demo hotel's published PIN is refused here (issue 19); the focus goes to the field.
    await pin.fill('1111');
    await repeat.fill('1111');
    await page.keyboard.press('Enter');
    const demoPin = page.getByText('Бұл — демо-қонақүйдің PIN-коды', { exact: false });
    await demoPin.waitFor();
    await expect.poll(() => focused(pin)).toBe(true);
    // The error goes as the PIN is fixed, before any new save.
    await pin.fill('4826');
    await demoPin.waitFor({ state: 'detached' });
    await repeat.fill('4827');
    await page.keyboard.press('Enter');
    const mismatch = page.getByText('Екі енгізу сәйкес келмейді');
    await mismatch.waitFor();
    await expect.poll(() => focused(repeat)).toBe(true);
    await app.screenshot('first-start-kk');

    await repeat.fill('4826');
    await mismatch.waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Тұрып жатқан қонақтар', level: 1 }).waitFor();
    await page.getByText('Кірген: Aigerim Saparova, Иесі').waitFor();

    const owner = app.core.repos.staff.firstOwner()!;
    await expect.poll(() => app.core.repos.staff.language(owner.id)).toBe('kk');
    const signIn = await app.core.dispatch(
      'auth.signIn',
      { staffId: owner.id, secret: '4826' },
      app.core.contextFor(null),
    );
    expect(signIn).toMatchObject({ ok: true, value: { language: 'kk' } });

    // The only name listed is already chosen: the PIN field has the focus (issue 20).
    await page.getByRole('button', { name: 'Қызметкерді ауыстыру' }).click();
    const form = page.locator('form[data-sign-in]');
    await form.getByRole('radio', { name: 'Aigerim Saparova', checked: true }).waitFor();
    await expect
      .poll(() =>
        form.locator('input[type="password"]').evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
  });
});
