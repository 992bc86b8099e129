/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLanServer, type LanServer } from '../../electron/web/lan/lan-server';
import type { BoardView, InHouseRow, Language, PairingCode } from '../../shared/contract';
import { checkInInput, guestEntry } from '../helpers/check-in';
import { seriousViolations } from './axe';
import { E2E_STAFF, startApp, type AppHarness, type E2eRole } from './harness';
import { expectNoGuestDataOnDesk } from '../helpers/desk-disk';

const FIXTURES = path.resolve('test/fixtures/lan-tls');
const tls = {
  cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
  key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
};
const now = new Date('2026-03-20T06:00:00Z');

/** A desk: the CLI's `serve --connect` in a process of its own, calling from its own address. */
interface Desk {
  child: ChildProcess;
  url: string;
  dir: string;
  context: BrowserContext;
  page: Page;
}

async function startDesk(
  host: LanServer,
  code: string,
  from: string,
  dir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      'dist/cli/main.js',
      'serve',
      '--connect',
      host.url,
      '--fingerprint',
      host.fingerprint,
      '--data',
      dir,
      '--code',
      code,
      '--from',
      from,
    ],
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
    child.on('exit', (code) => reject(new Error(`desk exited ${code}: ${err}`)));
  });
  return { child, url };
}

describe('two desks and a host (issue 22)', () => {
  let app: AppHarness;
  let lan: LanServer;
  let lanPort = 0;
  const desks: Record<'a' | 'b', Desk> = {} as Record<'a' | 'b', Desk>;
  const deskIds: Record<'a' | 'b', number> = { a: 0, b: 0 };
  const staffId = (role: E2eRole) =>
    app.core.repos.staff.list().find((s) => s.name === E2E_STAFF[role].name)!.id;

  /** Opens a desk's own URL in its own browser context and signs in there, in a language. */
  async function openDesk(desk: Desk, lang: Language, as: E2eRole): Promise<Page> {
    app.core.repos.staff.setLanguage(staffId(as), lang);
    const page = await desk.context.newPage();
    await page.addInitScript((l) => localStorage.setItem('tirkeu.language', l), lang);
    // The e2e database never ran its first start: In house, not the welcome it would offer.
    await page.goto(desk.url.replace('/#k=', '/in-house#k='));
    const form = page.locator('form[data-sign-in]');
    await form.getByRole('radio', { name: E2E_STAFF[as].name, exact: true }).check();
    await form.locator('input[type="password"]').fill(E2E_STAFF[as].pin);
    await form.locator('input[type="password"]').press('Enter');
    await form.waitFor({ state: 'detached' });
    return page;
  }

  /** A contract call from a desk's tab, through its own bridge, as its renderer makes it. */
  const deskCall = (page: Page, method: string, input: unknown) =>
    page.evaluate(
      async ([m, i]) => {
        const r = await fetch('/api/call', {
          method: 'POST',
          headers: {
            'x-tirkeu-secret': sessionStorage.getItem('tirkeu.secret') ?? '',
            'x-tirkeu-session': sessionStorage.getItem('tirkeu.session') ?? '',
          },
          body: JSON.stringify({ method: m, input: i }),
        });
        return (await r.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
      },
      [method, input] as const,
    );

  const shot = async (page: Page, name: string) => {
    const out = path.resolve('test-results', 'screenshots', `${name}.png`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
  };

  beforeAll(async () => {
    app = await startApp({ now: () => now });
    lan = await startLanServer({ core: app.core, host: '127.0.0.1', tls });
    lanPort = lan.port;
    for (const [key, name, from] of [
      ['a', 'Desk A', '127.0.0.2'],
      ['b', 'Desk B', '127.0.0.3'],
    ] as const) {
      const made = await app.core.call('desks.addDesk', { name });
      const { code } = (made as { value: PairingCode }).value;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tirkeu-desk-${key}-`));
      const { child, url } = await startDesk(lan, code, from, dir);
      const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
      desks[key] = { child, url, dir, context, page: null as unknown as Page };
      deskIds[key] = app.core.repos.desks.list().find((d) => d.name === name)!.id;
    }
    desks.a.page = await openDesk(desks.a, 'kk', 'receptionist');
    desks.b.page = await openDesk(desks.b, 'ru', 'auditor');
  });
  afterAll(async () => {
    for (const d of Object.values(desks)) {
      d.child?.kill('SIGTERM');
      await d.context?.close();
      // A joined desk keeps its pairing and nothing else: no database on its disk.
      if (d.dir) fs.rmSync(d.dir, { recursive: true, force: true });
    }
    await lan?.close();
    await app?.close();
  });

  it('keeps nothing but its pairing on a desk’s disk', () => {
    for (const d of Object.values(desks)) expectNoGuestDataOnDesk(d.dir);
  });

  it('shows a check-in made at desk A on the host’s board and on desk B’s In house', async () => {
    const host = await app.open('/notifications', 'en', 'owner');
    await host.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await desks.b.page.getByRole('searchbox').waitFor();

    // Arrived a week ago and not yet filed: overdue, so desk A's badge counts it.
    const made = await deskCall(
      desks.a.page,
      'stays.checkIn',
      checkInInput([guestEntry({ surname: 'KOWALSKA', givenNames: 'EWA', citizenship: 'POL' })], {
        room: '31',
        checkInAt: '2026-03-12T10:00:00+05:00',
      }),
    );
    expect(made.ok).toBe(true);
    const entry = app.core.repos.audit.latest(10).find((e) => e.action === 'stay.check_in')!;
    expect(entry.details.desk).toEqual({ id: deskIds.a, name: 'Desk A' });

    // Pushed through the event streams, not polled (both refetch every 60 s): the test's
    // timeout bounds the wait.
    await host
      .getByText(/KOWALSKA/)
      .first()
      .waitFor();
    await desks.b.page.getByRole('row', { name: /KOWALSKA/ }).waitFor();
    await desks.a.page.getByText('1 хабарламаның мерзімі өтті немесе бүгін').waitFor();
    await shot(desks.b.page, 'two-desks-b-in-house-ru');
  });

  it('updates desk A’s badge when the host files the notice', async () => {
    const board = (await app.core.call('notifications.board', {})) as { value: BoardView };
    const row = board.value.rows.find((r) => r.surname === 'KOWALSKA')!;
    const filed = await app.core.call('notifications.markFiled', {
      notificationId: row.notificationId,
      portal: 'eqonaq',
      filedAt: '2026-03-20T10:30:00+05:00',
      reference: 'EQ-7731',
    });
    expect(filed.ok).toBe(true);
    await desks.a.page
      .getByText('1 хабарламаның мерзімі өтті немесе бүгін')
      .waitFor({ state: 'detached' });
  });

  it('says at once when the host stops, keeps In house as last seen, and refuses writes', async () => {
    const page = desks.b.page;
    // The stay is open at desk B when the host goes.
    await page.getByRole('row', { name: /KOWALSKA/ }).click();
    const drawer = page.getByRole('dialog', { name: 'KOWALSKA EWA' });
    await drawer.getByRole('button', { name: 'Оформить выезд' }).waitFor();
    await lan.close();
    const banner = page.getByRole('alert').filter({ hasText: 'Нет связи с главным компьютером' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(
      /Главный компьютер недоступен, последняя связь: \d\d:\d\d\./,
    );
    await page.getByRole('row', { name: /KOWALSKA/ }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Данные на \d\d:\d\d/ })
      .waitFor();

    const inHouse = await app.core.call('stays.inHouse', { query: '' });
    const { stayId } = (inHouse as { value: InHouseRow[] }).value[0]!;
    const out = await deskCall(page, 'stays.checkOut', {
      stayId,
      at: '2026-03-20T11:00:00+05:00',
    });
    expect(out).toEqual({ ok: false, error: { code: 'desks.host_unreachable' } });
    // The same by hand, in words: a check-out waits for the host.
    await drawer.getByRole('button', { name: 'Оформить выезд' }).click();
    await page
      .getByRole('dialog', { name: 'Оформить выезд' })
      .getByRole('button', { name: 'Оформить выезд' })
      .click();
    await page
      .getByText('Главный компьютер недоступен, поэтому ничего не сохранено.', { exact: false })
      .first()
      .waitFor();
    await shot(page, 'two-desks-b-check-out-waits-ru');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // The host still has the guest in house: nothing was written.
    expect(JSON.stringify(await app.core.call('stays.inHouse', { query: '' }))).toContain(
      'KOWALSKA',
    );
    await shot(page, 'two-desks-b-host-away-ru');
    expect(await seriousViolations(page)).toEqual([]);
    const a = desks.a.page;
    await a.getByRole('alert').filter({ hasText: 'Басты компьютермен байланыс жоқ' }).waitFor();
    await shot(a, 'two-desks-a-host-away-kk');
  });

  it('takes the banner away when the host is back', async () => {
    lan = await startLanServer({ core: app.core, host: '127.0.0.1', port: lanPort, tls });
    await desks.b.page
      .getByRole('alert')
      .filter({ hasText: 'Нет связи с главным компьютером' })
      .waitFor({ state: 'detached' });
    await desks.b.page
      .getByRole('status')
      .filter({ hasText: /^Данные на/ })
      .waitFor({ state: 'detached' });
    await desks.b.page.getByRole('row', { name: /KOWALSKA/ }).waitFor();
  });

  it('refuses a revoked desk on its next call, in its own words', async () => {
    const revoked = await app.core.call('desks.revoke', { deskId: deskIds.a });
    expect(revoked.ok).toBe(true);
    const page = desks.a.page;
    const r = await deskCall(page, 'stays.inHouse', { query: '' });
    expect(r).toEqual({ ok: false, error: { code: 'desks.revoked' } });
    await page.getByRole('link', { name: /Хабарламалар/ }).click();
    await page.getByText('Иесі бұл жұмыс орнын ажыратты.', { exact: false }).first().waitFor();
    await shot(page, 'two-desks-a-revoked-kk');
    // Desk B works on.
    const b = await deskCall(desks.b.page, 'stays.inHouse', { query: '' });
    expect(b.ok).toBe(true);
  });
});
