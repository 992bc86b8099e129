import PDFDocument from 'pdfkit';
import {
  cellText,
  kzDateTime,
  paperDate,
  REGISTER_COLUMNS,
  columnContext,
} from './register-columns';
import { PROGRESS_EVERY, TOTAL_KEYS, type RegisterDocument, type RegisterWriter } from './document';
import { registerFontPath } from './pdf-font';

const MARGIN = 28;
const FONT_SIZE = 6.5;
const PAD = 2;

/**
 * The register as a print-ready A4 landscape PDF: the hotel's header, the table with its header
 * repeated on each page, the totals, and "page N of M" in every footer.
 */
export const writePdf: RegisterWriter = async (doc, out, onProgress) => {
  const regular = registerFontPath();
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    font: regular,
    info: { Title: doc.t('reports:file.title'), Creator: 'Tirkeu' },
  });
  pdf.registerFont('body', regular);
  pdf.registerFont('bold', registerFontPath(true));
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
  pdf.font('bold').fontSize(13).text(doc.t('reports:file.title'));
  pdf.font('body').fontSize(9);
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
  const width = pdf.page.width - 2 * MARGIN;
  const weight = REGISTER_COLUMNS.reduce((s, c) => s + c.pdf, 0);
  const widths = REGISTER_COLUMNS.map((c) => (c.pdf / weight) * width);
  const bottom = () => pdf.page.height - MARGIN - 14;

  const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
    pdf.font(bold ? 'bold' : 'body').fontSize(bold ? FONT_SIZE - 0.5 : FONT_SIZE);
    const h =
      Math.max(
        ...cells.map((c, j) => pdf.heightOfString(c || ' ', { width: widths[j]! - 2 * PAD })),
      ) +
      2 * PAD;
    if (pdf.y + h > bottom()) return false;
    const y = pdf.y;
    if (shade) pdf.rect(MARGIN, y, width, h).fill('#eef3f2').fillColor('black');
    let x = MARGIN;
    cells.forEach((c, j) => {
      pdf.text(c, x + PAD, y + PAD, { width: widths[j]! - 2 * PAD, lineBreak: true });
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
  const titles = REGISTER_COLUMNS.map((c) => doc.t(`reports:col.${c.key}`));
  drawRow(titles, true, true);
  doc.rows.forEach((r, i) => {
    const cells = REGISTER_COLUMNS.map((c) => cellText(c.cell(r, i, ctx), 'paper'));
    if (!drawRow(cells, false, false)) {
      pdf.addPage();
      drawRow(titles, true, true);
      drawRow(cells, false, false);
    }
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.(i + 1, doc.rows.length);
  });
  if (doc.rows.length === 0) {
    pdf.moveDown(0.5).font('body').fontSize(9).text(doc.t('reports:register.empty'), MARGIN);
  }
}

function totals(pdf: PDFKit.PDFDocument, doc: RegisterDocument) {
  const lines = TOTAL_KEYS.length + 2;
  if (pdf.y + lines * 12 > pdf.page.height - MARGIN - 14) pdf.addPage();
  pdf.moveDown(1).x = MARGIN;
  pdf.font('bold').fontSize(10).text(doc.t('reports:totals.title'), MARGIN);
  pdf.font('body').fontSize(9);
  for (const key of TOTAL_KEYS) {
    pdf.text(`${doc.t(`reports:totals.${key}`)}: ${doc.totals[key]}`, MARGIN);
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
    pdf.font('body').fontSize(7).fillColor('#444');
    pdf.text(printed, MARGIN, y, { lineBreak: false });
    const label = doc.t('reports:file.page', { page: i + 1, pages: range.count });
    pdf.text(label, pdf.page.width - MARGIN - pdf.widthOfString(label), y, { lineBreak: false });
    pdf.page.margins.bottom = saved;
    pdf.fillColor('black');
  }
}
