/**
 * A stand-in for the confirmation PDF a portal gives after a notice is accepted, so the demo
 * hotel's filings carry proof as a careful desk's would. Marked as a demo document; its text
 * names the guest and the document, which is what attaching a proof checks. Latin text in a
 * standard PDF font: nothing embedded, so a hundred of them take a moment, not seconds.
 */
export async function demoNoticePdf(args: {
  portal: 'eqonaq' | 'vmp';
  surname: string;
  givenNames: string;
  documentNumber: string;
  filedOn: string;
}): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const portal = args.portal === 'eqonaq' ? 'e-Qonaq' : 'vmp.gov.kz';
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 42, info: { Title: portal } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(14).text(`${portal}: notice of arrival accepted`);
    doc.font('Helvetica').fontSize(11).moveDown();
    doc.text(`${args.surname} ${args.givenNames}`);
    doc.text(`Document: ${args.documentNumber}`);
    doc.text(`Filed: ${args.filedOn}`);
    doc.moveDown().fontSize(9).text('Tirkeu demo hotel: not a real portal document');
    doc.end();
  });
}
