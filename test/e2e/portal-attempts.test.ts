/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/locales';
import { startApp, type AppHarness } from './harness';
import { NOW, noticeOfGuestCheckedIn, TINY_PNG } from './stay-fixtures';

const GUESTS = {
  kk: { surname: 'KOVALENKO', givenNames: 'OKSANA', number: 'FA1234567' },
  ru: { surname: 'OKAFOR', givenNames: 'CHIDI', number: 'A09876543' },
} as const;

describe('The portal did not accept it: recorded on the notice, seen on the board and in the register', () => {
  let app: AppHarness;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
    for (const [lang, g] of Object.entries(GUESTS)) {
      ids[lang] = await noticeOfGuestCheckedIn(
        app,
        { ...g, citizenship: 'UKR', birthDate: '1990-05-05' },
        lang === 'kk' ? '301' : '302',
      );
    }
  }, 60_000);
  afterAll(() => app?.close());

  for (const lang of ['kk', 'ru'] as const) {
    it(`records a refusal with a screenshot in ${lang}, refusing a file that is no image`, async () => {
      const g = GUESTS[lang];
      const tr = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
      const page = await app.open(`/notifications?notice=${ids[lang]}`, lang);
      const name = `${g.surname} ${g.givenNames}`;
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await page.getByRole('button', { name: tr('notifications-ui:attempt.record') }).click();
      const dialog = page.getByRole('dialog', { name: tr('notifications-ui:attempt.dialogTitle') });
      await dialog.waitFor();

      // Nothing said and nothing shown: refused at the field, in the page's language.
      await dialog.getByRole('button', { name: tr('notifications-ui:attempt.save') }).click();
      await dialog.getByText(tr('notifications:error.attempt.empty')).waitFor();

      // A file that is not an image: the core refuses it, and says so.
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'screen.png',
        mimeType: 'image/png',
        buffer: Buffer.from('%PDF-1.7 not an image'),
      });
      await dialog.getByRole('button', { name: tr('notifications-ui:attempt.save') }).click();
      await dialog.getByText(tr('common:errors.file.not_image')).waitFor();

      const said = lang === 'kk' ? 'Қызмет уақытша қолжетімсіз' : 'Сервис временно недоступен';
      await dialog.getByLabel(tr('notifications-ui:attempt.message')).fill(said);
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'screen.png',
        mimeType: 'image/png',
        buffer: TINY_PNG,
      });
      // The picked file's clear button says what it does.
      await dialog
        .getByRole('button', { name: tr('notifications-ui:attempt.screenshotClear') })
        .waitFor();
      await app.screenshot(`portal-attempt-dialog-${lang}`);
      await dialog.getByRole('button', { name: tr('notifications-ui:attempt.save') }).click();
      await dialog.waitFor({ state: 'detached' });

      // On the notice: the try, what the portal said, and its screenshot to open.
      const list = page.getByRole('list', { name: tr('notifications-ui:attempt.title') });
      await list.getByText(said).waitFor();
      await list
        .getByRole('button', { name: tr('notifications-ui:attempt.openScreenshot') })
        .waitFor();
      // On the board: "attempted" with the last try's portal.
      const attempted = page
        .getByRole('listbox')
        .locator('[role="option"]', { hasText: name })
        .locator('[data-attempted="true"]');
      const boardText = await attempted.innerText();
      expect(boardText).toContain(
        tr('notifications-ui:board.attempted', { portal: '', date: '' }).split(':')[0]!,
      );
      expect(boardText).toContain('e-Qonaq');
      await app.screenshot(`portal-attempt-board-${lang}`);

      // In the register: the count and the last try.
      const reports = await app.open('/reports', lang);
      const cell = reports
        .getByRole('table', { name: tr('reports:register.tableLabel') })
        .getByRole('row', { name: new RegExp(g.surname) })
        .locator('[data-attempts="1"]');
      const text = await cell.innerText();
      expect(text).toContain('e-Qonaq');
      expect(text).toMatch(/^1 /);
      expect(
        await reports.getByRole('columnheader', { name: tr('reports:col.attempts') }).count(),
      ).toBe(1);
      await app.screenshot(`portal-attempt-register-${lang}`);
    });
  }
});
