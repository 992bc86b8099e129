import {
  AppFailure,
  type Hotel,
  type Language,
  type PortalFieldValue,
} from '../../../shared/contract';
import { portalDate, portalFields } from '../../../shared/filing/portal-fields';
import { translate } from '../../../shared/locales';
import { kzNowParts } from '../../../shared/rules';
import type { HandlersFor } from '../handlers';
import { renderPdf, type Pdf } from '../files/pdf-doc';
import type { ServiceDeps } from './deps';
import { filingFacts } from './filing-facts';
import { invalid } from './filing-service';

/** The paper notice is read at the migration police in Russian and Kazakh (domain.md §10). */
const PAPER_LANGUAGES = ['ru', 'kk'] as const satisfies readonly Language[];

export interface PaperNoticeInput {
  hotel: Pick<Hotel, 'name' | 'bin' | 'address' | 'region'> | null;
  /** The guest's values in e-Qonaq's order, then VMP's own (visa, entry), as the portals ask. */
  fields: PortalFieldValue[];
  /** The day it is printed, Kazakh time, `yyyy-MM-dd`. */
  date: string;
}

/**
 * The guest's values for the paper notice: e-Qonaq's form in its order (domain.md §5 table), then
 * the two values only VMP asks for (visa number, date of entry), so the paper holds all either
 * portal would.
 */
export function paperFields(facts: Parameters<typeof portalFields>[1]): PortalFieldValue[] {
  const eqonaq = portalFields('eqonaq', facts);
  const seen = new Set(eqonaq.map((f) => f.key));
  const vmpOnly = portalFields('vmp', facts).filter((f) => !seen.has(f.key));
  return [...eqonaq, ...vmpOnly];
}

const both = (key: string, params?: Record<string, unknown>): string[] =>
  PAPER_LANGUAGES.map((l) => translate(l, `notifications:paper.${key}`, params));

/**
 * A printable notice for filing in person at the migration police (domain.md §10: "the paper
 * route still exists"; a late notice goes through VMP or on paper). Russian and Kazakh side by
 * side on one A4 page: the host, the guest in the portals' order, the date, a signature line and
 * room for the police's stamp.
 */
export async function drawPaperNotice(input: PaperNoticeInput): Promise<Uint8Array> {
  const [titleRu, titleKk] = both('title');
  return renderPdf({ title: `${titleRu} / ${titleKk}`, language: 'ru' }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.font('regular').fontSize(9).fillColor('#000000');
    doc.text(both('to').join('\n'), left, doc.y, { width, align: 'right' });
    doc.moveDown(0.8);
    doc.font('bold').fontSize(14).text(titleRu!, { width, align: 'center' });
    doc.font('bold').fontSize(12).text(titleKk!, { width, align: 'center' });
    doc.moveDown(0.4);
    doc.font('regular').fontSize(9).text(both('intro').join('\n'), { width, align: 'center' });
    doc.moveDown(0.8);

    heading(doc, both('host'));
    const h = input.hotel;
    rows(doc, [
      { label: both('hostName'), value: h?.name ?? '' },
      { label: both('hostBin'), value: h?.bin ?? '' },
      { label: both('hostAddress'), value: h?.address ?? '' },
      {
        label: both('hostRegion'),
        value: h?.region
          ? [
              ...new Set(PAPER_LANGUAGES.map((l) => translate(l, `common:region.${h.region}`))),
            ].join(' / ')
          : '',
      },
    ]);
    doc.moveDown(0.6);

    heading(doc, both('guest'));
    rows(
      doc,
      input.fields.map((f, i) => ({
        n: String(i + 1),
        // Series has no Kazakh label on the portal: the paper's own words name it (a bilingual form).
        label: [f.label.ru, f.label.kk ?? translate('kk', `notifications:paper.${f.key}`)],
        value: f.value,
      })),
    );
    doc.moveDown(1);

    // The date and the signature keep together: never a signature line alone on a new page.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 125) doc.addPage();
    const y = doc.y;
    const half = width / 2 - 10;
    doc.font('regular').fontSize(10);
    doc.text(`${both('date').join(' / ')}: ${portalDate(input.date)}`, left, y, { width: half });
    const lineY = y + 34;
    doc
      .moveTo(left, lineY)
      .lineTo(left + half, lineY)
      .strokeColor('#000000')
      .lineWidth(0.6)
      .stroke();
    doc.fontSize(8).text(both('signature').join(' / '), left, lineY + 3, { width: half });
    const nameY = lineY + 36;
    doc
      .moveTo(left, nameY)
      .lineTo(left + half, nameY)
      .stroke();
    doc.text(both('signer').join(' / '), left, nameY + 3, { width: half });

    // The police's mark of receipt: a box on the right for the stamp, the date and the officer.
    const boxX = left + width / 2 + 10;
    doc.rect(boxX, y, half, 110).strokeColor('#555555').lineWidth(0.6).stroke();
    doc
      .fontSize(8)
      .fillColor('#333333')
      .text(both('received').join('\n'), boxX + 6, y + 6, { width: half - 12 });
    doc.fillColor('#000000');
    doc.x = left;
    doc.y = y + 120;
  });
}

/**
 * A hyphen inside a word or number ("3-кіреберіс", "MARIA-CHRISTINA") never ends a line on the
 * police's copy: it becomes a non-breaking hyphen, which looks the same.
 */
const unbroken = (value: string): string =>
  value.replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '\u2011');

function heading(doc: Pdf, words: string[]) {
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor('#000000')
    .text(words.join(' / '), doc.page.margins.left, doc.y);
  doc.moveDown(0.25);
}

/**
 * Label ("Имя / Аты") beside its value, ruled, a row never split across pages. One line a label
 * where it fits keeps the whole notice on one A4 page.
 */
function rows(doc: Pdf, items: Array<{ n?: string; label: string[]; value: string }>) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const numW = 22;
  const labelW = width * 0.45;
  const valueW = width - numW - labelW;
  for (const item of items) {
    // "Телефон / Телефон" says it once.
    const label = [...new Set(item.label.filter(Boolean))].join(' / ');
    doc.font('regular').fontSize(8.5);
    const labelH = doc.heightOfString(label, { width: labelW - 8 });
    doc.font('bold').fontSize(9.5);
    const valueH = doc.heightOfString(unbroken(item.value) || ' ', { width: valueW - 8 });
    const height = Math.max(labelH, valueH) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    doc.font('regular').fontSize(8.5).fillColor('#555555');
    if (item.n) doc.text(item.n, left, y + 3, { width: numW - 4, align: 'right' });
    doc.fillColor('#000000').text(label, left + numW + 4, y + 3, { width: labelW - 8 });
    doc.font('bold').fontSize(9.5);
    doc.text(unbroken(item.value) || '—', left + numW + labelW + 4, y + 3, { width: valueW - 8 });
    const bottom = y + height;
    doc
      .moveTo(left, bottom)
      .lineTo(left + width, bottom)
      .strokeColor('#bbbbbb')
      .lineWidth(0.4)
      .stroke();
    doc.x = left;
    doc.y = bottom;
  }
}

/** `notifications.paperNotice`: the PDF for one host's notice, never for an order-923 task. */
export function paperNoticeHandlers(deps: ServiceDeps): HandlersFor<'notifications.paperNotice'> {
  const { repos } = deps;
  return {
    'notifications.paperNotice': async ({ notificationId }, ctx) => {
      const f = repos.board.get(notificationId);
      if (!f) throw new AppFailure('not_found');
      if (f.kind !== 'host_notice') throw invalid('notificationId', 'filing.not_owed');
      if (f.state === 'cancelled') throw invalid('notificationId', 'filing.cancelled');
      const hotel = repos.hotel.get();
      const fields = paperFields(filingFacts(f, hotel?.address ?? ''));
      // The host's address on paper is the stay's place's (domain.md §10, "Per place").
      const host =
        hotel && f.place ? { ...hotel, address: f.place.address, region: f.place.region } : hotel;
      const bytes = await drawPaperNotice({
        hotel: host,
        fields,
        date: kzNowParts(ctx.now()).date,
      });
      ctx.note({ notificationId });
      // Named by the notice, never by the guest: a file name travels further than the file.
      return deps.files.put(bytes, `paper-notice-${notificationId}.pdf`, 'application/pdf');
    },
  };
}
