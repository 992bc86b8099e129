import ExcelJS from 'exceljs';
import {
  paperDate,
  REGISTER_COLUMNS,
  cellText,
  type Cell,
  columnContext,
} from './register-columns';
import { PROGRESS_EVERY, TOTAL_KEYS, type RegisterWriter } from './document';

// Excel stores a date as a day count with no zone; ExcelJS writes a Date's UTC fields. Dates and
// Kazakh wall-clock times are therefore handed over as UTC dates with the same fields.
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DATE_FORMAT = 'dd.mm.yyyy';
const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm';
const DATE_COLUMNS = new Set(['birthDate', 'checkIn', 'checkOut', 'entryDate', 'deadline']);

function xlsxValue(cell: Cell | null): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
    case 'number':
      return cell.value;
    case 'date':
      return utcDate(cell.value);
    case 'datetime':
      return new Date(`${cellText(cell, 'iso').replace(' ', 'T')}:00Z`);
  }
}

const displayWidth = (cell: Cell | null) =>
  cell?.kind === 'date' ? 10 : cell?.kind === 'datetime' ? 16 : cellText(cell, 'iso').length;

/**
 * The register as a workbook: a summary sheet with the totals, then the register with typed
 * cells (dates as dates), a frozen header, filters and widths measured from the content. Rows
 * stream to `out` as they are made.
 */
export const writeXlsx: RegisterWriter = async (doc, out, onProgress) => {
  const ctx = columnContext(doc);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  wb.creator = 'Tirkeu';
  wb.created = doc.printedAt;

  const summary = wb.addWorksheet(doc.t('reports:file.summarySheet'));
  summary.columns = [{ width: 36 }, { width: 44 }];
  summary.addRow([doc.t('reports:file.title')]).font = { bold: true, size: 13 };
  summary.addRow([doc.hotel.name]).commit();
  summary.addRow([doc.t('reports:file.bin'), doc.hotel.bin]).commit();
  summary.addRow([doc.t('reports:file.address'), doc.hotel.address]).commit();
  summary
    .addRow([
      doc.t('reports:file.period'),
      `${paperDate(doc.range.from)} – ${paperDate(doc.range.to)}`,
    ])
    .commit();
  summary.addRow([]).commit();
  summary.addRow([doc.t('reports:totals.title')]).font = { bold: true };
  for (const key of TOTAL_KEYS) {
    summary.addRow([doc.t(`reports:totals.${key}`), doc.totals[key]]).commit();
  }
  summary.commit();

  const widths = REGISTER_COLUMNS.map((c) => doc.t(`reports:col.${c.key}`).length);
  doc.rows.forEach((r, i) =>
    REGISTER_COLUMNS.forEach((c, j) => {
      widths[j] = Math.max(widths[j]!, displayWidth(c.cell(r, i, ctx)));
    }),
  );
  const sheet = wb.addWorksheet(doc.t('reports:file.registerSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = REGISTER_COLUMNS.map((c, j) => {
    const numFmt = DATE_COLUMNS.has(c.key)
      ? DATE_FORMAT
      : c.key === 'filedAt'
        ? DATE_TIME_FORMAT
        : undefined;
    return {
      key: c.key,
      width: Math.min(60, widths[j]! + 2),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: REGISTER_COLUMNS.length },
  };
  const header = sheet.addRow(REGISTER_COLUMNS.map((c) => doc.t(`reports:col.${c.key}`)));
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < doc.rows.length; i++) {
    const r = doc.rows[i]!;
    const row = sheet.addRow(REGISTER_COLUMNS.map((c) => xlsxValue(c.cell(r, i, ctx))));
    row.commit();
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.(i + 1, doc.rows.length);
  }
  sheet.commit();
  await wb.commit();
  onProgress?.(doc.rows.length, doc.rows.length);
};
