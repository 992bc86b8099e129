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
    await page.getByRole('heading', { name: 'Tirkeu-ға қош келдіңіз', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Сіздің атыңыз' }).fill('Aigerim Saparova');
    await page.getByLabel('Сіздің PIN-кодыңыз немесе құпиясөзіңіз').fill('4826');
    await page.getByLabel('Қайталаңыз').fill('4827');
    await page.keyboard.press('Enter');
    await page.getByText('Екі енгізу сәйкес келмейді').waitFor();
    await app.screenshot('first-start-kk');

    await page.getByLabel('Қайталаңыз').fill('4826');
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
  });
});
