import { once } from 'node:events';
import fs from 'node:fs';
import { PRIVATE_FILE_MODE } from '../db/file-mode';
import { nameTaken, placeFile, tempBeside, TargetExistsError } from '../files/place-file';
import { PassThrough } from 'node:stream';
import type { ExportFormat } from '../../../shared/contract';
import type { Progress, RegisterDocument, RegisterWriter } from './document';

// Loaded on first use: exceljs and pdfkit would otherwise slow every start of the app and CLI.
const WRITERS: Record<ExportFormat, () => Promise<RegisterWriter>> = {
  xlsx: async () => (await import('./xlsx-writer')).writeXlsx,
  csv: async () => (await import('./csv-writer')).writeCsv,
  pdf: async () => (await import('./pdf-writer')).writePdf,
};

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/** The file as bytes, for a transport that hands them to the user (a download). */
export async function exportToBuffer(
  doc: RegisterDocument,
  format: ExportFormat,
  onProgress?: Progress,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await (
    await WRITERS[format]()
  )(doc, sink, onProgress);
  return Buffer.concat(chunks);
}

export { TargetExistsError };

/**
 * Writes next to the target under a temporary name, flushes it to the disk, then renames it into
 * place: a crash or a full disk leaves the old file or none, never half a register.
 */
export async function exportToFile(
  doc: RegisterDocument,
  format: ExportFormat,
  target: string,
  options: { force?: boolean; onProgress?: Progress } = {},
): Promise<void> {
  if (!options.force && nameTaken(target)) throw new TargetExistsError(target);
  const temp = tempBeside(target);
  const write = await WRITERS[format]();
  try {
    // Exclusive and owner-only from the first byte: a register is full of passport numbers.
    const out = fs.createWriteStream(temp, { flags: 'wx', mode: PRIVATE_FILE_MODE });
    try {
      await write(doc, out, options.onProgress);
      if (!out.closed) await once(out, 'close');
    } catch (err) {
      // The stream opens asynchronously: let it finish opening and close before the file goes.
      out.destroy();
      if (!out.closed) await once(out, 'close');
      throw err;
    }
    placeFile(temp, target, options.force ?? false);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
