/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLanServer, type LanServer } from '../../electron/web/lan/lan-server';
import type { Language, PairingCode } from '../../shared/contract';
import { seriousViolations } from './axe';
import { E2E_STAFF, startApp, type AppHarness } from './harness';
import { expectNoGuestDataOnDesk } from '../helpers/desk-disk';

const FIXTURES = path.resolve('test/fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

/** `serve --db DIR/tirkeu.db` on a new PC: web mode's first start. */
async function serveNew(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['dist/cli/main.js', 'serve', '--db', path.join(dir, 'tirkeu.db')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Tirkeu is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  return { child, url };
}

const WORDS = {
  kk: {
    fresh: 'Осы компьютерде жаңа қонақүй бастау',
    join: 'Қонақүйдің басты компьютеріне қосылу',
    address: 'Басты компьютердің мекенжайы',
    code: 'Бір реттік код',
    confirm: 'Саусақ іздері сәйкес: қосылу',
    wrongCode: 'Код қате, бұрын пайдаланылған немесе мерзімі өткен.',
  },
  ru: {
    fresh: 'Начать новую гостиницу на этом компьютере',
    join: 'Подключиться к главному компьютеру гостиницы',
    address: 'Адрес главного компьютера',
    code: 'Одноразовый код',
    confirm: 'Отпечатки совпадают: подключиться',
    wrongCode: 'Код неверный, уже использован или просрочен.',
  },
} as const;

describe('a new PC joins the hotel’s host desk at its first start (issue 22)', () => {
  let app: AppHarness;
  let lan: LanServer;
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  const shot = async (page: Page, name: string) => {
    const out = path.resolve('test-results', 'screenshots', `${name}.png`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
  };

  beforeAll(async () => {
    app = await startApp({ now: () => new Date('2026-03-20T06:00:00Z') });
    lan = await startLanServer({ core: app.core, host: '127.0.0.1', tls });
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGTERM');
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    await lan?.close();
    await app?.close();
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`joins by keyboard, compares the fingerprint, and keeps no guest data (${lang})`, async () => {
      const w = WORDS[lang];
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tirkeu-join-${lang}-`));
      dirs.push(dir);
      let served = await serveNew(dir);
      children.push(served.child);
      const made = await app.core.call('desks.addDesk', { name: `Desk ${lang}` });
      const { code } = (made as { value: PairingCode }).value;

      const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript((l: Language) => localStorage.setItem('tirkeu.language', l), lang);
      await page.goto(served.url);
      const choice = page.getByRole('radio', { name: w.join });
      await choice.waitFor();
      // By keyboard: the choice is a radio group (arrows), the form is typed and sent by Enter.
      await page.getByRole('radio', { name: w.fresh }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(choice.isChecked()).resolves.toBe(true);
      // Tab past the language switch to the address: at most a few stops.
      const address = page.getByRole('textbox', { name: w.address });
      const focused = () => address.evaluate((e) => e === document.activeElement);
      for (let i = 0; i < 4 && !(await focused()); i++) await page.keyboard.press('Tab');
      await expect(focused()).resolves.toBe(true);
      await page.keyboard.type(lan.url);
      await page.keyboard.press('Tab');
      // A wrong code first: refused in words, and nothing is kept.
      await page.keyboard.type('0000 0000');
      await page.keyboard.press('Enter');
      const fingerprint = page.getByText(lan.fingerprint);
      await fingerprint.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `join-fingerprint-${lang}`);
      await page.getByRole('button', { name: w.confirm }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(w.wrongCode).waitFor();
      expect(fs.existsSync(path.join(dir, 'desk.json'))).toBe(false);

      await page.getByRole('textbox', { name: w.code }).fill(code);
      await page.getByRole('button', { name: w.confirm }).focus();
      await page.keyboard.press('Enter');

      // The same tab, now a desk of the host: its staff sign in with their own PINs.
      const form = page.locator('form[data-sign-in]');
      await form.getByRole('radio', { name: E2E_STAFF.receptionist.name }).waitFor();
      expectNoGuestDataOnDesk(dir);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, `join-signed-in-screen-${lang}`);
      expect(app.core.repos.desks.list().find((d) => d.name === `Desk ${lang}`)).toBeDefined();

      if (lang === 'ru') {
        // The next start goes straight to the desk: no first start, no database made.
        served.child.kill('SIGTERM');
        await new Promise((r) => served.child.once('exit', r));
        served = await serveNew(dir);
        children.push(served.child);
        await page.goto(served.url);
        await form.getByRole('radio', { name: E2E_STAFF.receptionist.name }).waitFor();
        expectNoGuestDataOnDesk(dir);
      }
      await context.close();
    });
  }
});
