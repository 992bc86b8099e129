import { REGISTER_TOTAL_KEYS } from '../../../shared/contract';
import PDFDocument from 'pdfkit';
import {
  cellText,
  kzDateTime,
  paperDate,
  registerColumns,
  columnContext,
} from './register-columns';
import { PROGRESS_EVERY, type RegisterDocument, type RegisterWriter } from './document';
import { registerFontPath } from './pdf-font';
import { columnNeeds, columnWidths, wrap, type Measure } from './register-layout';

const MARGIN = 28;
const FONT_SIZE = 6.5;
// Only when the longest unbreakable words overflow the page does the table's font get smaller.
const MIN_FONT_SIZE = 4.5;
const HEADER_SCALE = 6 / 6.5;
const PAD = 2;
/**
 * Fonts by file path, not by `registerFont` name: pdfkit caches a font under the key it was
 * opened by, and a registered name whose face is already open (the document's default) is
 * opened and parsed again from the file on every `font()` call — seconds per register.
 */
const FONTS = { body: registerFontPath(), bold: registerFontPath(true) };

/**
 * The register as a print-ready A4 landscape PDF: the hotel's header, the table with its header
 * repeated on each page, the totals, and "page N of M" in every footer.
 */
export const writePdf: RegisterWriter = async (doc, out, onProgress) => {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    font: FONTS.body,
    info: { Title: doc.t('reports:file.title'), Creator: 'Tirkeu' },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  pdf.pipe(out);

  header(pdf, doc);
  table(pdf, doc, onProgress);
  totals(pdf, doc);
  footers(pdf, doc);
  pdf.end();
  await done;
  onProgress?.(doc.rows.length, doc.rows.length);
};

function header(pdf: PDFKit.PDFDocument, doc: RegisterDocument) {
  pdf.font(FONTS.bold).fontSize(13).text(doc.t('reports:file.title'));
  pdf.font(FONTS.body).fontSize(9);
  pdf.text(
    [
      doc.hotel.name,
      doc.hotel.bin && `${doc.t('reports:file.bin')} ${doc.hotel.bin}`,
      doc.hotel.address,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  pdf.text(
    `${doc.t('reports:file.period')}: ${paperDate(doc.range.from)} – ${paperDate(doc.range.to)}`,
  );
  pdf.moveDown(0.6);
}

function table(
  pdf: PDFKit.PDFDocument,
  doc: RegisterDocument,
  onProgress?: (d: number, t: number) => void,
) {
  const ctx = columnContext(doc);
  const columns = registerColumns(doc);
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = pdf.page.height - MARGIN - 14;
  const titles = columns.map((c) => doc.t(`reports:col.${c.key}`));
  // Held whole: the columns are measured from every cell before the first row is drawn.
  const rows = Array.from(doc.rows, (r, i) =>
    columns.map((c) => cellText(c.cell(r, i, ctx), 'paper')),
  );
  const body = measurer(pdf, 'body');
  const bold = measurer(pdf, 'bold');
  const { widths, size } = columnWidths(
    columnNeeds(
      columns.map((_c, j) => [titles[j]!, ...rows.map((r) => r[j]!)]),
      (t) => bold(t) * HEADER_SCALE,
      body,
    ),
    columns.map((c) => c.pdf),
    width,
    FONT_SIZE,
    PAD,
    MIN_FONT_SIZE,
  );

  const drawRow = (cells: string[], header: boolean) => {
    const fontSize = header ? size * HEADER_SCALE : size;
    const measure = header ? bold : body;
    const lines = cells.map((c, j) => wrap(c, (widths[j]! - 2 * PAD) / fontSize, measure));
    // After measuring, which leaves the document at a size of 1.
    pdf.font(FONTS[header ? 'bold' : 'body']).fontSize(fontSize);
    const lineHeight = pdf.currentLineHeight(true);
    const h = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * PAD;
    if (pdf.y + h > bottom) return false;
    const y = pdf.y;
    if (header) pdf.rect(MARGIN, y, width, h).fill('#eef3f2').fillColor('black');
    let x = MARGIN;
    lines.forEach((cell, j) => {
      cell.forEach((line, k) => {
        pdf.text(line, x + PAD, y + PAD + k * lineHeight, { lineBreak: false });
      });
      x += widths[j]!;
    });
    pdf
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.3)
      .strokeColor('#9aa5a3')
      .stroke();
    pdf.x = MARGIN;
    pdf.y = y + h;
    return true;
  };
  drawRow(titles, true);
  rows.forEach((cells, i) => {
    if (!drawRow(cells, false)) {
      pdf.addPage();
      drawRow(titles, true);
      drawRow(cells, false);
    }
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.(i + 1, doc.rows.length);
  });
  if (doc.rows.length === 0) {
    pdf.moveDown(0.5).font(FONTS.body).fontSize(9).text(doc.t('reports:register.empty'), MARGIN);
  }
}

/**
 * Widths of text in one of the document's fonts at a size of 1, each string measured once (a
 * register repeats its dates, labels and names on every row). pdfkit keeps each word's shaping,
 * so the words measured here are not shaped again when they are drawn.
 */
function measurer(pdf: PDFKit.PDFDocument, font: 'body' | 'bold'): Measure {
  const seen = new Map<string, number>();
  return (text) => {
    let w = seen.get(text);
    if (w === undefined) {
      pdf.font(FONTS[font]).fontSize(1);
      seen.set(text, (w = pdf.widthOfString(text)));
    }
    return w;
  };
}

function totals(pdf: PDFKit.PDFDocument, doc: RegisterDocument) {
  const lines = REGISTER_TOTAL_KEYS.length + 2;
  if (pdf.y + lines * 12 > pdf.page.height - MARGIN - 14) pdf.addPage();
  pdf.moveDown(1).x = MARGIN;
  pdf.font(FONTS.bold).fontSize(10).text(doc.t('reports:totals.title'), MARGIN);
  pdf.font(FONTS.body).fontSize(9);
  for (const key of REGISTER_TOTAL_KEYS) {
    pdf.text(`${doc.t(`reports:totals.${key}`)}: ${doc.totals[key]}`, MARGIN);
  }
  // The consolidated register: each property's totals, a block of its own, never split.
  for (const group of doc.byProperty ?? []) {
    if (pdf.y + lines * 12 > pdf.page.height - MARGIN - 14) pdf.addPage();
    pdf.moveDown(0.6).x = MARGIN;
    pdf.font(FONTS.bold).fontSize(10);
    pdf.text(doc.t('reports:totals.forProperty', { name: group.name }), MARGIN);
    pdf.font(FONTS.body).fontSize(9);
    for (const key of REGISTER_TOTAL_KEYS) {
      pdf.text(`${doc.t(`reports:totals.${key}`)}: ${group.totals[key]}`, MARGIN);
    }
  }
}

function footers(pdf: PDFKit.PDFDocument, doc: RegisterDocument) {
  const range = pdf.bufferedPageRange();
  const local = kzDateTime(doc.printedAt.toISOString());
  const printed = doc.t('reports:file.printed', {
    at: `${paperDate(local.slice(0, 10))} ${local.slice(11)}`,
  });
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const y = pdf.page.height - MARGIN - 8;
    // Writing below the bottom margin would make pdfkit add a page; lift the margin meanwhile.
    const saved = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(FONTS.body).fontSize(7).fillColor('#444');
    pdf.text(printed, MARGIN, y, { lineBreak: false });
    const label = doc.t('reports:file.page', { page: i + 1, pages: range.count });
    pdf.text(label, pdf.page.width - MARGIN - pdf.widthOfString(label), y, { lineBreak: false });
    pdf.page.margins.bottom = saved;
    pdf.fillColor('black');
  }
}
