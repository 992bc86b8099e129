import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { REGISTER_TOTAL_KEYS } from '../../../shared/contract';
import type ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { KZ_UTC_OFFSET_MINUTES } from '../../../shared/rules';
import { paperDate, registerColumns, cellText, type Cell, columnContext } from './register-columns';
import { PROGRESS_EVERY, type RegisterWriter } from './document';

const DATE_FORMAT = 'dd.mm.yyyy';
const DATE_TIME_FORMAT = 'dd.mm.yyyy hh:mm';
const DATE_COLUMNS = new Set(['birthDate', 'checkIn', 'checkOut', 'entryDate', 'deadline']);

// A spreadsheet date is a day count from 1899-12-30 with no zone, shown as a date by its column's
// format. The count is the one ExcelJS writes for a Date (utils.dateToExcel), made without a Date
// per cell; dates and Kazakh wall-clock times are counted from their own fields.
const DAY_MS = 86_400_000;
const EPOCH_1970 = 25_569;
const KZ_OFFSET_MS = KZ_UTC_OFFSET_MINUTES * 60_000;
const excelDay = (ms: number) => EPOCH_1970 + ms / DAY_MS;

function xlsxValue(cell: Cell | null): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
    case 'number':
      return cell.value;
    case 'date':
      return excelDay(Date.parse(`${cell.value}T00:00:00Z`));
    case 'datetime': {
      // To the minute, as the CSV and the PDF print it (kzDateTime).
      const local = Date.parse(cell.value) + KZ_OFFSET_MS;
      return excelDay(Math.floor(local / 60_000) * 60_000);
    }
  }
}

const displayWidth = (cell: Cell | null) =>
  cell?.kind === 'date' ? 10 : cell?.kind === 'datetime' ? 16 : cellText(cell, 'iso').length;

type Pipes = { pipes?: Writable[] };

/**
 * Waits until the zip has deflated what the sheet's committed rows wrote. ExcelJS hands them to
 * the zip without heeding its backpressure (its StreamBuf, piped into archiver's deflate, which
 * works in the thread pool): a year's sheet would otherwise wait in memory, deflated last. Until
 * the zip takes the sheet (after the entries before it) its rows wait in ExcelJS's buffer.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const buffer = (sheet as unknown as { stream?: Pipes }).stream;
  for (let turns = 0; turns < 100 && buffer?.pipes?.length === 0; turns += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const into = buffer?.pipes?.[0] as
    (Writable & { _writableState?: { needDrain?: boolean } }) | undefined;
  if (into?._writableState?.needDrain) await once(into, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The register as a workbook: a summary sheet with the totals, then the register with typed
 * cells (dates as dates), a frozen header, filters and widths measured from the content. Rows
 * stream to `out` as they are made.
 */
export const writeXlsx: RegisterWriter = async (doc, out, onProgress) => {
  const ctx = columnContext(doc);
  const columns = registerColumns(doc);
  const wb = new WorkbookWriter({ stream: out, useStyles: true });
  wb.creator = 'Tirkeu';
  // Made and last changed when printed, not when the bytes happened to be written.
  wb.created = doc.printedAt;
  wb.modified = doc.printedAt;

  // The columns' widths come before the rows in the file, so the rows are passed over twice and
  // the cells made twice: keeping them instead would hold a year's register in memory. Measured
  // first: rows read from the database count the summary's totals as this pass goes by.
  const widths = columns.map((c) => doc.t(`reports:col.${c.key}`).length);
  let n = 0;
  for (const r of doc.rows) {
    columns.forEach((c, j) => {
      widths[j] = Math.max(widths[j]!, displayWidth(c.cell(r, n, ctx)));
    });
    n += 1;
  }
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
  for (const key of REGISTER_TOTAL_KEYS) {
    summary.addRow([doc.t(`reports:totals.${key}`), doc.totals[key]]).commit();
  }
  for (const group of doc.byProperty ?? []) {
    summary.addRow([]).commit();
    summary.addRow([doc.t('reports:totals.forProperty', { name: group.name })]).font = {
      bold: true,
    };
    for (const key of REGISTER_TOTAL_KEYS) {
      summary.addRow([doc.t(`reports:totals.${key}`), group.totals[key]]).commit();
    }
  }
  summary.commit();

  const sheet = wb.addWorksheet(doc.t('reports:file.registerSheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c, j) => {
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
    to: { row: 1, column: columns.length },
  };
  const header = sheet.addRow(columns.map((c) => doc.t(`reports:col.${c.key}`)));
  header.font = { bold: true };
  header.commit();
  // ExcelJS gives every row and cell a style object of its own and renders each one to XML to
  // find its id (half of a large register's time); shared objects are looked up once.
  const styles = columns.map((_c, j) => sheet.getColumn(j + 1).style);
  const rowStyle = {};
  let i = 0;
  for (const r of doc.rows) {
    const row = sheet.addRow(columns.map((c) => xlsxValue(c.cell(r, i, ctx))));
    // A row's style is in ExcelJS's model but not in its typings.
    (row as ExcelJS.Row & { style: Partial<ExcelJS.Style> }).style = rowStyle;
    row.eachCell({ includeEmpty: true }, (cell, j) => {
      cell.style = styles[j - 1]!;
    });
    row.commit();
    i += 1;
    if (i % PROGRESS_EVERY === 0) {
      onProgress?.(i, doc.rows.length);
      await zipCaughtUp(sheet);
    }
  }
  sheet.commit();
  await wb.commit();
  onProgress?.(doc.rows.length, doc.rows.length);
};
