/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/locales';
import { seriousViolations } from './axe';
import { startApp, type AppHarness } from './harness';
import { cutText } from './looks';

// 2026-12-07 10:00 in Kazakhstan.
const NOW = new Date('2026-12-07T05:00:00Z');
// Made by test/fixtures/keys/make.sh.
const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: fs.readFileSync(path.resolve('test/fixtures/keys', name)),
});
// kk: an AUTH certificate in DER (ends 15.01.2027); ru: a signing one in PEM (ends 10.12.2026).
const CERTS = {
  kk: { file: 'auth.cer', holder: 'ИВАНОВ ИВАН ИВАНОВИЧ (ТОО «Қонақүй»)', expires: '15.01.2027' },
  ru: { file: 'sign.pem', holder: 'САПАРОВА АЙГЕРІМ', expires: '10.12.2026' },
} as const;

describe('The host’s EDS keys: recorded from a certificate, warned of, and on the board', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
  }, 60_000);
  afterAll(() => app?.close());

  for (const lang of ['kk', 'ru'] as const) {
    it(`the owner adds a key from its certificate in ${lang}; a private key is refused`, async () => {
      const c = CERTS[lang];
      const tr = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
      const page = await app.open('/settings/keys', lang);
      await page.getByRole('tab', { name: tr('keys:tab') }).waitFor();
      await page.getByRole('button', { name: tr('keys:add') }).click();
      const dialog = page.getByRole('dialog', { name: tr('keys:form.addTitle') });
      await dialog.waitFor();
      const fileInput = dialog.locator('input[type=file]');

      // The key store NCA RK hands out (.p12): refused in words, nothing read from it.
      await fileInput.setInputFiles(fixture('AUTH_RSA256_test.p12'));
      await dialog.getByText(tr('common:errors.file.private_key')).waitFor();
      // Garbage named as a certificate.
      await fileInput.setInputFiles({
        name: 'key.cer',
        mimeType: 'application/pkix-cert',
        buffer: Buffer.from('not a certificate'),
      });
      await dialog.getByText(tr('common:errors.file.not_certificate')).waitFor();

      await fileInput.setInputFiles(fixture(c.file));
      const expires = dialog.getByLabel(tr('keys:form.expiresOn'));
      await expect.poll(() => expires.inputValue()).toBe(c.expires);
      expect(await expires.getAttribute('readonly')).not.toBeNull();
      expect(await dialog.getByLabel(tr('keys:form.holder')).inputValue()).toBe(c.holder);
      await dialog.getByRole('status').filter({ hasText: c.holder }).waitFor();
      await app.screenshot(`keys-dialog-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: tr('common:action.save') }).click();
      await dialog.waitFor({ state: 'detached' });

      const table = page.getByRole('table', { name: tr('keys:listLabel') });
      const row = table.getByRole('row').filter({ hasText: c.holder });
      await row.waitFor();
      expect(await row.innerText()).toContain(
        tr(lang === 'kk' ? 'keys:purpose.auth' : 'keys:purpose.sign'),
      );
      await app.screenshot(`keys-settings-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await cutText(page)).toEqual([]);

      const stored = app.core.repos.keys.all().find((k) => k.holder === c.holder)!;
      expect(stored.expiresOn).toBe(c.expires.split('.').reverse().join('-'));
      expect(stored.certificate).not.toBeNull();
    });
  }

  it('tells the owner, outside the keys’ screen, of a key 3 days from its end (ru)', async () => {
    const tr = (key: string, params?: Record<string, unknown>) => translate('ru', key, params);
    const page = await app.open('/in-house', 'ru');
    const notice = page.getByRole('status').filter({ hasText: tr('keys:notice.title') });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('САПАРОВА АЙГЕРІМ');
    expect(await notice.innerText()).toContain(
      tr('keys:line', {
        count: 3,
        holder: 'САПАРОВА АЙГЕРІМ',
        key: tr('keys:key.sign'),
        date: '10 дек. 2026',
      }),
    );
    await app.screenshot('keys-owner-notice-ru');
    // Put away: not again until the next stage (1 day before).
    await notice.getByRole('button', { name: tr('keys:notice.dismiss') }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText(tr('keys:notice.title')).count()).toBe(0);
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`the board warns the night auditor in ${lang} on the day a key stops working`, async () => {
      const tr = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
      const holder = 'ЖАҚСЫБЕКОВ НҰРЛАН';
      if (!app.core.repos.keys.all().some((k) => k.holder === holder)) {
        const r = await app.core.call('keys.add', {
          holder,
          purpose: 'auth',
          expiresOn: '2026-12-07',
        });
        expect(r.ok).toBe(true);
      }
      const page = await app.open('/notifications', lang, 'auditor');
      const alert = page.getByRole('alert').filter({ hasText: tr('keys:board.title') });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain(holder);
      expect(text).toContain(tr('keys:key.auth'));
      expect(text).toContain('pki.gov.kz');
      expect(text).toContain(tr('keys:board.staff'));
      await app.screenshot(`keys-board-${lang}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await cutText(page)).toEqual([]);

      // The shift report says the same: the soonest key no longer works.
      await page.getByRole('button', { name: tr('notifications-ui:report.open') }).click();
      const report = page.getByRole('dialog', { name: tr('notifications-ui:report.title') });
      await report.getByText(tr('keys:report.label'), { exact: false }).first().waitFor();
      expect(await report.innerText()).toContain(holder);
      await app.screenshot(`keys-shift-report-${lang}`);
    });
  }
});
