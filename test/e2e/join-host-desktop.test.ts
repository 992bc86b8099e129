/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLanServer, type LanServer } from '../../electron/web/lan/lan-server';
import type { Language, PairingCode } from '../../shared/contract';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';

const FIXTURES = path.resolve('test/fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};

async function serveNew(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['dist/cli/main.js', 'serve', '--db', path.join(dir, 'tirkeu.db')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Tirkeu is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  return { child, url };
}

/**
 * The desktop app's window, as the renderer sees it: `window.tirkeu` (the preload) present. A
 * stand-in preload passes each call as main does: `join.probe`/`join.pair` to the join steps
 * (here web mode's routes, the same joinActions), every other method to the core; it records the
 * methods, so the test sees the join went through the IPC route and nothing polled for a desk.
 */
function fakePreload(): void {
  const secret = () => sessionStorage.getItem('tirkeu.secret') ?? '';
  const calls: string[] = [];
  (window as unknown as { ipcCalls: string[] }).ipcCalls = calls;
  (window as unknown as { tirkeu: unknown }).tirkeu = {
    invoke: async (method: string, input: unknown, session?: string | null) => {
      calls.push(method);
      const join = method === 'join.probe' || method === 'join.pair';
      const res = await fetch(join ? `/api/join/${method.slice(5)}` : '/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tirkeu-secret': secret(),
          'x-tirkeu-session': session ?? '',
        },
        body: JSON.stringify(join ? input : { method, input }),
      });
      return res.json();
    },
    on: () => () => {},
  };
}

const WORDS = {
  kk: {
    join: 'Қонақүйдің басты компьютеріне қосылу',
    address: 'Басты компьютердің мекенжайы',
    code: 'Бір реттік код',
    confirm: 'Саусақ іздері сәйкес: қосылу',
  },
  ru: {
    join: 'Подключиться к главному компьютеру гостиницы',
    address: 'Адрес главного компьютера',
    code: 'Одноразовый код',
    confirm: 'Отпечатки совпадают: подключиться',
  },
} as const;

describe('the desktop app offers joining the host at its first start, over its IPC route (issue 22)', () => {
  let app: AppHarness;
  let lan: LanServer;
  const children: ChildProcess[] = [];
  const dirs: string[] = [];

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
    it(`joins through join.probe and join.pair, then waits for the app to start again (${lang})`, async () => {
      const w = WORDS[lang];
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tirkeu-join-desktop-${lang}-`));
      dirs.push(dir);
      const served = await serveNew(dir);
      children.push(served.child);
      const made = await app.core.call('desks.addDesk', { name: `Ресепшн ${lang}` });
      const { code } = (made as { value: PairingCode }).value;

      const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript((l: Language) => localStorage.setItem('tirkeu.language', l), lang);
      await page.addInitScript(fakePreload);
      await page.goto(served.url);
      await page.getByRole('radio', { name: w.join }).check();
      await page.getByRole('textbox', { name: w.address }).fill(lan.url);
      await page.getByRole('textbox', { name: w.code }).fill(code);
      await page.getByRole('textbox', { name: w.code }).press('Enter');
      await page.getByText(lan.fingerprint).waitFor();
      await page.getByRole('button', { name: w.confirm }).focus();
      await page.keyboard.press('Enter');
      const done = page.getByRole('status').filter({ hasText: `Ресепшн ${lang}` });
      await done.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const out = path.resolve('test-results', 'screenshots', `join-desktop-done-${lang}.png`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out, fullPage: true });
      expect(fs.existsSync(path.join(dir, 'desk.json'))).toBe(true);
      // Main relaunches the app as the desk: the page itself polls for nothing.
      await page.waitForTimeout(1000);
      const calls = await page.evaluate(
        () => (window as unknown as { ipcCalls: string[] }).ipcCalls,
      );
      expect(calls).toContain('join.probe');
      expect(calls).toContain('join.pair');
      // Had it polled as web mode does, its call would have gone out as another join step.
      const after = calls.slice(calls.indexOf('join.pair') + 1);
      expect(after.filter((m) => m.startsWith('join.'))).toEqual([]);
      await context.close();
    });
  }
});
