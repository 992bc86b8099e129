import { registerColumns, cellText, columnContext } from './register-columns';
import { endStream, PROGRESS_EVERY, writeChunk, type RegisterWriter } from './document';

/** Excel splits a CSV on the list separator of the PC's locale: `;` in Russian and Kazakh. */
export const csvSeparator = (lang: string) => (lang === 'en' ? ',' : ';');

/**
 * RFC 4180: a field with the separator, a quote or a line break is quoted, quotes doubled. A
 * value starting with = + - @ would run as a formula in a spreadsheet (a guest's name is
 * anyone's input), so it is prefixed with an apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string, sep: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The register as CSV: UTF-8 with a BOM (so Excel reads Cyrillic), CRLF line ends. */
export const writeCsv: RegisterWriter = async (doc, out, onProgress) => {
  const sep = csvSeparator(doc.lang);
  const ctx = columnContext(doc);
  const columns = registerColumns(doc);
  const line = (fields: string[]) => fields.map((f) => csvField(f, sep)).join(sep) + '\r\n';
  await writeChunk(out, '\uFEFF' + line(columns.map((c) => doc.t(`reports:col.${c.key}`))));
  let batch = '';
  let i = 0;
  for (const row of doc.rows) {
    batch += line(columns.map((c) => cellText(c.cell(row, i, ctx), 'iso')));
    i += 1;
    if (i % PROGRESS_EVERY === 0) {
      await writeChunk(out, batch);
      batch = '';
      onProgress?.(i, doc.rows.length);
    }
  }
  if (batch) await writeChunk(out, batch);
  onProgress?.(doc.rows.length, doc.rows.length);
  await endStream(out);
};
