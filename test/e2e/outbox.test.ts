/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  joinHost,
  startDeskBridge,
  type DeskBridge,
  type DeskPairing,
} from '../../electron/web/lan/desk-bridge';
import { startLanServer, type LanServer } from '../../electron/web/lan/lan-server';
import type { PairingCode } from '../../shared/contract';
import { E2E_STAFF, startApp, type AppHarness } from './harness';
import { ANNA, NOW, td3 } from './stay-fixtures';

const FIXTURES = path.resolve('test/fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

const WORDS = {
  ru: {
    mrz: 'Машиночитаемая зона',
    consent: 'Гость дал согласие на обработку персональных данных',
    saved:
      'Сохранено на этом рабочем месте; будет отправлено, когда главный компьютер снова будет доступен',
    inHouse: 'Проживают',
    notYet: 'Ещё не на главном компьютере',
  },
  kk: {
    mrz: 'Машинамен оқылатын аймақ',
    consent: 'Қонақ дербес деректерін өңдеуге келісім берді',
    saved: 'Осы жұмыс орнында сақталды; басты компьютер қайта қосылғанда жіберіледі',
    inHouse: 'Тұрып жатқан қонақтар',
    notYet: 'Басты компьютерге әлі жетпеген',
    refused: 'Басты компьютер бұл орналастыруды қабылдамады',
    discard: 'Орналастырудан бас тарту',
  },
} as const;

describe("a desk's outbox in the browser (issue 22)", () => {
  let app: AppHarness;
  let lan: LanServer | null = null;
  let port = 0;
  let pairing: DeskPairing;
  let bridge: DeskBridge;
  const hostUp = async () => {
    lan = await startLanServer({ core: app.core, host: '127.0.0.1', port, tls });
    port = lan.port;
  };
  const hostDown = async () => {
    await lan?.close();
    lan = null;
  };
  const stays = (surname: string) =>
    (
      app.core.db
        .prepare(
          'SELECT count(*) AS n FROM stays s JOIN guests g ON g.id = s.guest_id WHERE g.surname = ?',
        )
        .get(surname) as { n: number }
    ).n;

  /** The desk's own web mode in a tab, signed in by keyboard as the receptionist. */
  const openDesk = async (pathname: string, lang: 'ru' | 'kk'): Promise<Page> => {
    const page = await app.context.newPage();
    await page.addInitScript((l) => localStorage.setItem('tirkeu.language', l), lang);
    await page.goto(`http://127.0.0.1:${bridge.port}${pathname}#k=${bridge.secret}`);
    await page.getByRole('radio', { name: E2E_STAFF.receptionist.name }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type(E2E_STAFF.receptionist.pin);
    await page.keyboard.press('Enter');
    await page.locator('form[data-sign-in]').waitFor({ state: 'detached' });
    return page;
  };

  /** A scanned passport, then the room and what the portal needs, each ended by Enter. */
  const checkInByKeys = async (page: Page, lang: 'ru' | 'kk') => {
    await page.getByRole('textbox', { name: WORDS[lang].mrz }).waitFor();
    for (const line of td3(ANNA)) {
      await page.keyboard.type(line, { delay: 3 });
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('204');
    await page.keyboard.press('Enter');
    await page.keyboard.type('24032026');
    await page.keyboard.press('Enter');
    await page.keyboard.type('02082021');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^consent-/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
  };

  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    await hostUp();
    const { code } = (
      (await app.core.call('desks.addDesk', { name: 'Ресепшн 2' })) as {
        value: PairingCode;
      }
    ).value;
    pairing = await joinHost({
      url: lan!.url,
      fingerprint: lan!.fingerprint,
      code,
      localAddress: '127.0.0.2',
    });
    bridge = await startDeskBridge({
      pairing,
      staticDir: path.resolve('dist/renderer'),
      localAddress: '127.0.0.2',
      outbox: { dir: path.join(app.dir, 'desk'), now: () => NOW, retryMs: 200 },
    });
  });
  afterAll(async () => {
    await bridge?.close();
    await hostDown();
    await app?.close();
  });

  it('keeps a check-in made by keyboard while the host is off, marked, and shows its arrival, in Russian', async () => {
    const page = await openDesk('/check-in', 'ru');
    await hostDown();
    await checkInByKeys(page, 'ru');
    await page.getByRole('status').getByText(WORDS.ru.saved).waitFor();
    await page.getByText(WORDS.ru.notYet).first().waitFor();
    const shot = await page.screenshot({ fullPage: true });
    fs.mkdirSync(path.resolve('test-results/screenshots'), { recursive: true });
    fs.writeFileSync(path.resolve('test-results/screenshots/outbox-saved-ru.png'), shot);
    expect(stays('MUELLER')).toBe(0);

    await page.getByRole('link', { name: new RegExp(`^${WORDS.ru.inHouse}`) }).click();
    const kept = page.getByRole('group', { name: /Номер 204: MUELLER ANNA MARIA/ });
    await kept.waitFor();
    expect(await kept.textContent()).toContain(WORDS.ru.notYet);
    await page.getByRole('status').getByText('1 ещё не на главном компьютере').waitFor();
    // The desk's deadline: Friday 20 March counts, Nauryz is skipped (domain.md §2–3).
    expect(await kept.textContent()).toContain('27');
    // With the host's rule inputs fetched at sign-in (rules-cache.json), not called provisional.
    expect(await kept.textContent()).toContain('рассчитано на этом рабочем месте)');
    expect(await kept.textContent()).not.toContain('предварительно');
    fs.writeFileSync(
      path.resolve('test-results/screenshots/outbox-in-house-ru.png'),
      await page.screenshot({ fullPage: true }),
    );

    await hostUp();
    await kept.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('row', { name: /MUELLER/ }).waitFor({ timeout: 15_000 });
    expect(stays('MUELLER')).toBe(1);
    fs.writeFileSync(
      path.resolve('test-results/screenshots/outbox-arrived-ru.png'),
      await page.screenshot({ fullPage: true }),
    );
    await page.close();
  });

  it('puts a check-in the host refuses on arrival to the desk, and discards it by keyboard, in Kazakh', async () => {
    const page = await openDesk('/check-in', 'kk');
    await hostDown();
    // The same guest again: the host will find her in house already.
    await checkInByKeys(page, 'kk');
    await page.getByRole('status').getByText(WORDS.kk.saved).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${WORDS.kk.inHouse}`) }).click();
    const kept = page.getByRole('group', { name: /204 нөмір: MUELLER ANNA MARIA/ });
    await kept.getByText(WORDS.kk.notYet).waitFor();
    // How a deadline computed before the host's rule inputs were ever fetched reads (the flag
    // itself is proved in test/web/lan/outbox-rules.test.ts): the list's answer is marked so.
    await page.route('**/api/call', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('"outbox.list"')) return route.continue();
      const r = await route.fetch();
      const json = (await r.json()) as {
        ok: boolean;
        value?: Array<{ guests: Array<{ notice: { provisional: boolean } | null }> }>;
      };
      for (const e of json.value ?? [])
        for (const g of e.guests) if (g.notice) g.notice.provisional = true;
      await route.fulfill({ response: r, json });
    });
    await kept.getByText(/алдын ала/).waitFor({ timeout: 15_000 });
    fs.writeFileSync(
      path.resolve('test-results/screenshots/outbox-provisional-kk.png'),
      await page.screenshot({ fullPage: true }),
    );
    await page.unroute('**/api/call');

    await hostUp();
    await kept.getByText(WORDS.kk.refused).waitFor({ timeout: 15_000 });
    expect(await kept.textContent()).toContain('Бұл қонақ әлдеқашан орналастырылған');
    fs.writeFileSync(
      path.resolve('test-results/screenshots/outbox-refused-kk.png'),
      await page.screenshot({ fullPage: true }),
    );
    expect(stays('MUELLER')).toBe(1);

    await kept.getByRole('button', { name: WORDS.kk.discard }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: WORDS.kk.discard }).focus();
    await page.keyboard.press('Enter');
    await kept.waitFor({ state: 'detached' });
    expect(stays('MUELLER')).toBe(1);
    await page.close();
  });
});
