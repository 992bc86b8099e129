// ExcelJS's index also loads its readers (unzipper, jszip and the rest): the streaming writer on
// its own loads in half the time, and the app only ever writes workbooks.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
