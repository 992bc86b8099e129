import zlib from 'node:zlib';

/**
 * A PDF written object by object with a correct cross-reference table, for files pdfkit will not
 * make: one with no page, one whose page is a decompression bomb.
 */
export function rawPdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(length);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.from(o),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(b);
    length += b.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** A well-formed PDF with a page tree and no page at all. */
export const pagelessPdf = (): Buffer =>
  rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);

/** One page whose content stream is `mb` MiB of zeros, FlateDecode: a few hundred KB on disk. */
export function bombPdf(mb: number): Buffer {
  const zeros = zlib.deflateSync(Buffer.alloc(mb * 1024 ** 2));
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${zeros.length} /Filter /FlateDecode >>\nstream\n`),
      zeros,
      Buffer.from('\nendstream'),
    ]),
  ]);
}
