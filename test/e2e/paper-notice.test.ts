/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/locales';
import { startApp, type AppHarness } from './harness';
import { NOW, noticeOfGuestCheckedIn, TINY_PNG } from './stay-fixtures';

const GUESTS = {
  kk: { surname: 'SCHMIDT', givenNames: 'ANNA-LENA', number: 'C01X00T47' },
  ru: { surname: 'ROSSI', givenNames: 'GIULIA', number: 'YA1234567' },
} as const;

describe('The paper notice: a third channel, opened as a PDF in Russian and Kazakh', () => {
  let app: AppHarness;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    const saved = await app.core.call('hotel.save', {
      name: 'Қонақ үйі «Сарыарқа»',
      bin: '000740000728',
      address: 'Астана қ., Сарыарқа даңғылы 12, 3-кіреберіс',
      region: 'KZ-71',
      businessSize: 'small',
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    for (const [lang, g] of Object.entries(GUESTS)) {
      ids[lang] = await noticeOfGuestCheckedIn(
        app,
        { ...g, citizenship: lang === 'kk' ? 'DEU' : 'ITA', birthDate: '1988-11-02' },
        lang === 'kk' ? '401' : '402',
      );
    }
  }, 60_000);
  afterAll(() => app?.close());

  for (const lang of ['kk', 'ru'] as const) {
    it(`opens the paper notice from the paper tab in ${lang}, it reads right, and is filed with its stamped copy`, async () => {
      const g = GUESTS[lang];
      const tr = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
      const page = await app.open(`/notifications?notice=${ids[lang]}`, lang);
      await page.getByRole('heading', { level: 2, name: `${g.surname} ${g.givenNames}` }).waitFor();
      await page.getByRole('tab', { name: tr('notifications:portal.paper') }).click();
      // Its own checklist, in the page's language.
      await page.getByText(tr('notifications:step.paper.hand_in')).waitFor();
      await app.screenshot(`paper-tab-${lang}`);

      // The renderer fetches the produced file, then opens it in a new tab: both are watched.
      const [response, popup] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes('/api/files/') && r.request().method() === 'GET',
        ),
        app.context.waitForEvent('page'),
        page.getByRole('button', { name: tr('notifications-ui:paper.open') }).click(),
      ]);
      await popup.waitForURL(/^blob:/);
      expect(response.headers()['content-type']).toContain('application/pdf');
      // The bytes the tab was given, read from the core's store by the id the renderer fetched.
      const fileId = decodeURIComponent(new URL(response.url()).pathname.split('/').pop()!);
      const body = Buffer.from(app.core.files.bytes(fileId));
      const dir = path.resolve('test-results', 'screenshots');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `paper-notice-${lang}.pdf`);
      fs.writeFileSync(file, body);
      // A look at the page, kept beside the screenshots.
      execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(dir, `paper-notice-${lang}`)]);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain(translate('ru', 'notifications:paper.title'));
      expect(text).toContain(translate('kk', 'notifications:paper.title'));
      expect(text).toContain(g.surname);
      // A hyphenated name stays whole on the page (a non-breaking hyphen, U+2011).
      expect(text.replace(/\u2011/g, '-')).toContain(g.givenNames);
      expect(text).toContain('Дата / Күні: 20.03.2026');
      expect(text.split('\f').filter((p) => p.trim()).length).toBe(1);
      await popup.close();

      // Handed in: marked filed on paper, then the photo of the stamped copy attached as proof.
      const form = page.getByRole('form', { name: tr('notifications-ui:filed.formLabel') });
      await form.getByRole('button', { name: tr('notifications-ui:filed.submit') }).click();
      await page
        .getByText(tr('notifications-ui:filed.line', { context: 'paper', at: '' }).split(',')[0]!)
        .first()
        .waitFor();
      await page.getByLabel(tr('notifications-ui:proof.attachScan')).setInputFiles({
        name: 'IMG_0042.png',
        mimeType: 'image/png',
        buffer: TINY_PNG,
      });
      await page.getByRole('button', { name: tr('notifications-ui:proof.openScan') }).waitFor();
      // Its removal names the stamped copy, not a PDF.
      await page
        .getByRole('button', { name: tr('notifications-ui:correct.removeScan.open') })
        .waitFor();
      await app.screenshot(`paper-filed-${lang}`);
      const view = await app.core.call('notifications.filing', { notificationId: ids[lang] });
      expect(view).toMatchObject({ ok: true, value: { state: 'proven' } });
    });
  }
});
