import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// A Unicode font, so the lines may be Cyrillic as on a real e-Qonaq notice.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A one-page PDF with a text layer, as the portal's notice has: the lines given, in order. */
export function noticePdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(FONT).fontSize(14).text('УВЕДОМЛЕНИЕ о прибытии иностранца');
    doc.moveDown();
    for (const line of lines) doc.fontSize(11).text(line);
    doc.end();
  });
}
