/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertOcrBFont, renderZone } from '../core/mrz-image/render-zone';
import { startApp, type AppHarness } from './harness';
import { ANNA, NOW, td3 } from './stay-fixtures';

const OCR_TIMEOUT = 120_000;

/** Drops a picture onto the photo box as a desk would drag it from the file manager. */
async function dropPicture(page: Page, bytes: Buffer, name: string, label: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([raw], fileName, { type: 'image/jpeg' }));
      return transfer;
    },
    { base64: bytes.toString('base64'), fileName: name },
  );
  const box = page.getByRole('group', { name: label });
  await box.dispatchEvent('dragover', { dataTransfer });
  await box.dispatchEvent('drop', { dataTransfer });
}

describe('the check-in desk, reading a photo', () => {
  let app: AppHarness;
  beforeAll(async () => {
    assertOcrBFont();
    app = await startApp({ now: () => NOW });
    await app.context.clock.setFixedTime(NOW);
  });
  afterAll(async () => {
    await app?.close();
  });

  it(
    'fills the form from a photo dropped on it and says it was read from a photo',
    async () => {
      const page = await app.open('/check-in', 'en');
      await dropPicture(
        page,
        await renderZone(td3(ANNA), 'jpeg'),
        'passport.jpg',
        'Photo of the document page',
      );
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Surname' }).inputValue(), {
          timeout: 60_000,
        })
        .toBe('MUELLER');
      expect(await page.getByRole('textbox', { name: 'Document number' }).inputValue()).toBe(
        'C01X00T47',
      );
      expect(await page.getByRole('textbox', { name: 'Date of birth' }).inputValue()).toBe(
        '12.03.1985',
      );
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Filled in from a photo' }).count())
        .toBe(1);
      await app.screenshot('check-in-photo-en');
    },
    OCR_TIMEOUT,
  );

  it(
    'fills nothing from a picture without a zone, and says so',
    async () => {
      const page = await app.open('/check-in', 'ru');
      await page.getByRole('textbox', { name: 'Фамилия' }).fill('ИВАНОВ');
      const blank = await sharp({
        create: { width: 1200, height: 800, channels: 3, background: '#f3eee2' },
      })
        .jpeg()
        .toBuffer();
      await dropPicture(page, blank, 'blank.jpg', 'Фото страницы документа');
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: 'машиночитаемая зона' }).count(), {
          timeout: 60_000,
        })
        .toBeGreaterThan(0);
      expect(await page.getByRole('textbox', { name: 'Фамилия' }).inputValue()).toBe('ИВАНОВ');
      await app.screenshot('check-in-photo-ru');
    },
    OCR_TIMEOUT,
  );

  it('offers the photo and the camera by name in Kazakh too, and the camera dialog can be closed', async () => {
    const page = await app.open('/check-in', 'kk');
    await page.getByRole('button', { name: 'Фотосуретті ашу' }).waitFor();
    await page.getByRole('button', { name: 'Камерамен сканерлеу' }).click();
    const dialog = page.getByRole('dialog', { name: 'Паспортты камерамен сканерлеу' });
    await dialog.waitFor();
    await app.screenshot('check-in-camera-kk');
    await dialog.getByRole('button', { name: 'Жабу' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
