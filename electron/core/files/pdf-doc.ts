import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PDFKitDocument from 'pdfkit';

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/**
 * DejaVu Sans (package dejavu-fonts-ttf) is embedded in every PDF Tirkeu makes: it has the
 * Cyrillic and Kazakh letters (ә ғ қ ң ө ұ ү һ і) that the PDF standard fonts lack. Resolved
 * from the app's node_modules: next to the bundle in the desktop app, the working folder in the
 * CLI and tests.
 */
function fontPath(file: string): string {
  const roots = [
    ...(typeof __dirname !== 'undefined' ? [path.join(__dirname, '..', '..')] : []),
    process.cwd(),
  ];
  for (const root of roots) {
    try {
      return createRequire(path.join(root, 'package.json')).resolve(`dejavu-fonts-ttf/ttf/${file}`);
    } catch {
      // The next root.
    }
  }
  throw new Error(`font ${file} not found`);
}

let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () =>
  (fonts ??= {
    regular: fs.readFileSync(fontPath(FONT_FILES.regular)),
    bold: fs.readFileSync(fontPath(FONT_FILES.bold)),
  });

export type Pdf = InstanceType<typeof PDFKitDocument>;

/** Draws a document with `draw` and returns its bytes; page numbers are added at the end. */
export async function renderPdf(
  meta: { title: string; language: string },
  draw: (doc: Pdf) => void,
  footer?: (page: number, pages: number) => string,
): Promise<Uint8Array> {
  const { regular, bold } = loadFonts();
  // Loaded on first use: the CLI's other commands and the app's start need none of it.
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 42,
      bufferPages: true,
      font: regular as unknown as string,
      info: { Title: meta.title, Creator: 'Tirkeu' },
      lang: meta.language,
    });
    doc.registerFont('regular', regular);
    doc.registerFont('bold', bold);
    doc.font('regular');
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    try {
      draw(doc);
      if (footer) {
        const range = doc.bufferedPageRange();
        for (let i = range.start; i < range.start + range.count; i += 1) {
          doc.switchToPage(i);
          const bottom = doc.page.margins.bottom;
          doc.page.margins.bottom = 0;
          doc
            .font('regular')
            .fontSize(8)
            .fillColor('#555555')
            .text(footer(i + 1, range.count), doc.page.margins.left, doc.page.height - 30, {
              width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
              align: 'center',
            });
          doc.page.margins.bottom = bottom;
        }
      }
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

export interface Column {
  header: string;
  width: number;
}

/** A plain table: a bold header row repeated on each new page, rows wrapped within columns. */
export function table(doc: Pdf, columns: Column[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * usable);
  const line = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(9).fillColor('#000000');
    const height = Math.max(
      ...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 4 })),
    );
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 20) {
      doc.addPage();
      if (font === 'regular')
        line(
          columns.map((c) => c.header),
          'bold',
        );
    }
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: widths[i]! - 4 });
      x += widths[i]!;
    });
    doc.y = y + height + 3;
    doc.x = left;
  };
  line(
    columns.map((c) => c.header),
    'bold',
  );
  doc
    .moveTo(left, doc.y - 1)
    .lineTo(left + usable, doc.y - 1)
    .strokeColor('#888888')
    .stroke();
  for (const r of rows) line(r, 'regular');
}
