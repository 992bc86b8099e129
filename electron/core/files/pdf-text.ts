import { AppFailure } from '../../../shared/contract';

/** True when the bytes start like a PDF (`%PDF-`), whatever the file was called. */
export const looksLikePdf = (bytes: Uint8Array): boolean =>
  bytes.byteLength > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/**
 * The text of a PDF, page by page joined, with pdf.js (Mozilla's maintained reader; its legacy
 * build runs in Node without a DOM). Scanned PDFs give ''.
 */
export async function pdfText(bytes: Uint8Array, maxPages = 10): Promise<string> {
  if (!looksLikePdf(bytes)) throw new AppFailure('file.not_pdf');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given: hand it a copy.
      data: Uint8Array.from(bytes),
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new AppFailure('invalid', { issues: [{ field: 'fileId', code: 'proof.unreadable' }] });
  }
  try {
    const parts: string[] = [];
    for (let i = 1; i <= Math.min(doc.numPages, maxPages); i += 1) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
      parts.push('\n');
    }
    return parts.join(' ');
  } finally {
    await doc.destroy();
  }
}
