import type { HandlersFor } from '../handlers';
import type { MrzOcr } from '../mrz-image/ocr-engine';
import { kzDateOf } from '../../../shared/rules/kz-time';

export function documentsHandlers(ocr: MrzOcr): HandlersFor<'documents.readMrzImage'> {
  return {
    'documents.readMrzImage': async ({ image, frame }, ctx) => {
      // Loaded on first use: web mode and the CLI start without the image libraries.
      const { readMrzImage } = await import('../mrz-image/read-mrz-image');
      const bytes = Buffer.from(image, 'base64');
      return readMrzImage(ocr, bytes, { today: kzDateOf(ctx.now()), frame: frame === true });
    },
  };
}
