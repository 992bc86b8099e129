import { AppFailure } from '../../../shared/contract';
import { createPdfReader, type PdfReader } from './pdf-reader';

/** True when the bytes start like a PDF (`%PDF-`), whatever the file was called. */
export const looksLikePdf = (bytes: Uint8Array): boolean =>
  bytes.byteLength > 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

let shared: PdfReader | null = null;

/**
 * The text of a PDF, page by page joined, with pdf.js (Mozilla's maintained reader; its legacy
 * build runs in Node without a DOM), read in a worker thread (files/pdf-reader.ts). Scanned
 * PDFs give ''; a file with no page, or one pdf.js cannot parse, is refused: it is no proof.
 */
export async function pdfText(
  bytes: Uint8Array,
  reader: PdfReader = (shared ??= createPdfReader()),
): Promise<string> {
  if (!looksLikePdf(bytes)) throw new AppFailure('file.not_pdf');
  return (await reader.read(bytes)).text;
}
