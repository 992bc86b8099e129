/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tlsDirFor, writeTls } from '../../electron/core/desks/tls-files';
import type { PairingCode } from '../../shared/contract';
import { parsePairingQr } from '../../shared/desks/pairing-qr';
import { seriousViolations } from './axe';
import { E2E_STAFF, startApp, type AppHarness } from './harness';

const FIXTURES = path.resolve('test/fixtures/lan-tls');
const now = new Date('2026-03-20T06:00:00Z');

describe('Settings › Desks (issue 22)', () => {
  let app: AppHarness;
  let deskId = 0;
  let deskSession = '';
  beforeAll(async () => {
    app = await startApp({
      now: () => now,
      lanAddresses: () => ['192.168.1.20', '10.0.0.7'],
      before: async (dbFile) => {
        fs.mkdirSync(path.dirname(dbFile), { recursive: true });
        writeTls(tlsDirFor(dbFile)!, {
          cert: fs.readFileSync(path.join(FIXTURES, 'cert.pem'), 'utf8'),
          key: fs.readFileSync(path.join(FIXTURES, 'key.pem'), 'utf8'),
        });
      },
    });
    // A desk that joined from the night auditor's office, with the receptionist signed in there.
    const made = await app.core.call('desks.addDesk', { name: 'Кеңсе' });
    const { code } = (made as { value: PairingCode }).value;
    const { desk } = app.core.desks.pair(code, '192.168.1.31');
    deskId = desk.id;
    const staff = app.core.repos.staff.list().find((s) => s.name === E2E_STAFF.receptionist.name)!;
    const signedIn = await app.core.dispatch(
      'auth.signIn',
      { staffId: staff.id, secret: E2E_STAFF.receptionist.pin },
      app.core.contextFor(null, desk),
    );
    deskSession = (signedIn as { value: { token: string } }).value.token;
  });
  afterAll(() => app.close());

  it('lets the owner share, make a code and see the joined desk, in Kazakh', async () => {
    const page = await app.open('/settings/desks', 'kk');
    await page.getByRole('tab', { name: 'Жұмыс орындары' }).waitFor();
    const row = page.getByRole('row', { name: /Кеңсе/ });
    await expect(row.textContent()).resolves.toContain('192.168.1.31');
    await expect(row.textContent()).resolves.toContain(E2E_STAFF.receptionist.name);
    await expect(
      page
        .getByText(/8D:69:24:DC/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    await page.getByRole('switch', { name: 'Қонақүйді басқа жұмыс орындарымен бөлісу' }).check();
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Сақталды').waitFor();
    expect(app.core.repos.settings.get('desks.sharing')).toEqual({
      enabled: true,
      address: '192.168.1.20',
      port: 47_610,
    });

    await page.getByLabel('Жұмыс орнының атауы').fill('Ресепшн 2');
    await page.getByRole('button', { name: 'Код жасау' }).click();
    const shown = page.getByRole('status', { name: 'Бір реттік код' });
    await shown.waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toMatch(/\d{4} \d{4}/);
    expect(text).toContain('https://192.168.1.20:47610');
    expect(text).toContain('Бір рет жарамды, 11:10 дейін');
    // The QR code of all three, for a tablet, drawn here and labelled.
    const qr = page.getByRole('img', { name: /QR-код/ });
    await qr.waitFor();
    const qrText = (await qr.getAttribute('data-qr-text')) ?? '';
    expect(parsePairingQr(qrText)).toEqual({
      url: 'https://192.168.1.20:47610',
      code: text
        .match(/(\d{4}) (\d{4})/)!
        .slice(1)
        .join(''),
      fingerprint: expect.stringMatching(/^8D:69:24:DC/),
    });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await app.screenshot('desks-kk');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the same in Russian, and revokes a desk, signing out whoever was there', async () => {
    const page = await app.open('/settings/desks', 'ru');
    await page.getByRole('tab', { name: 'Рабочие места' }).waitFor();
    await page.getByText('Доступ открыт: https://192.168.1.20:47610').waitFor();
    await page.getByRole('button', { name: 'Отключить: Кеңсе' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Отключить' }).click();
    await page.getByText('«Кеңсе» отключено.').waitFor();
    await page.getByRole('row', { name: /Кеңсе/ }).getByText('Отключено').waitFor();
    expect(app.core.repos.desks.get(deskId)?.revokedAt).not.toBeNull();
    expect(app.core.sessionAlive(deskSession, { id: deskId, name: 'Кеңсе' })).toBe(false);
    expect(() => app.core.desks.authenticate('x'.repeat(43), '192.168.1.31')).toThrow();
    await app.screenshot('desks-ru');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('gives a hostile address a translated refusal and keeps sharing as it was', async () => {
    const page = await app.open('/settings/desks', 'en');
    await page.getByLabel('Port').fill('80');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A port from 1024 to 65535').waitFor();
    expect(app.core.repos.settings.get('desks.sharing')).toMatchObject({ port: 47_610 });
  });

  it('keeps the receptionist out: no Desks screen, and the server says auth.forbidden', async () => {
    const page = await app.open('/settings/desks', 'en', 'receptionist');
    await expect(page.getByRole('tab', { name: 'Desks' }).count()).resolves.toBe(0);
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'x-tirkeu-secret': sessionStorage.getItem('tirkeu.secret') ?? '',
          'x-tirkeu-session': sessionStorage.getItem('tirkeu.session') ?? '',
        },
        body: JSON.stringify({ method: 'desks.addDesk', input: { name: 'x' } }),
      });
      return r.json();
    });
    expect(status).toEqual({ ok: false, error: { code: 'auth.forbidden' } });
  });
});

describe('the first share makes the certificate (issue 22)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => now, lanAddresses: () => ['192.168.1.20'] });
  });
  afterAll(() => app.close());

  it('switches sharing on by keyboard with no certificate yet, and shows the one it made (ru)', async () => {
    const page = await app.open('/settings/desks', 'ru');
    await page.getByText('Сертификата ещё нет').waitFor();
    const sharing = page.getByRole('switch', {
      name: 'Открыть доступ к гостинице для других рабочих мест',
    });
    await sharing.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Сохранить' }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByText('Сохранено').waitFor();
    const made = await app.core.call('desks.status', {});
    const { fingerprint } = (made as { value: { fingerprint: string } }).value;
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    await page.getByText(fingerprint).first().waitFor();
    expect(app.core.repos.settings.get('desks.sharing')).toMatchObject({ enabled: true });
    await app.screenshot('desks-first-share-ru');
  });
});
