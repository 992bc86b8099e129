import type { AttemptPortal, BoardRow, Language } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { portalDate } from '../../../shared/filing/portal-fields';
import { actorName, translate } from '../../../shared/locales';
import { sexContext } from '../../../shared/locales/gender';
import { keysOutlook } from '../../../shared/keys/key-expiry';
import { keysReportLine } from '../../../shared/keys/key-text';
import { KAZAKHSTAN, kzDateOf, kzNowParts } from '../../../shared/rules';
import type { ChainHead } from '../db/audit/anchor';
import { renderPdf, table } from '../files/pdf-doc';
import type { ServiceDeps } from './deps';

export const kzStamp = (at: Date): string => {
  const p = kzNowParts(at);
  return `${portalDate(p.date)} ${p.iso.slice(11, 16)} (UTC+5)`;
};

/** Who signed, when, and where the audit chain stood then; absent on the unsigned report. */
export interface ShiftSignature {
  name: string;
  at: Date;
  head: ChainHead;
  /** The SHA-256 of the report as produced (unsigned), which the signature vouches for. */
  unsignedSha256: string;
}

export interface ShiftReportInput {
  language: Language;
  /** The instant the lists are drawn for. */
  now: Date;
  producedAt: Date;
  producedBy: string;
  /** The audit chain's head when the report was produced (printed on it). */
  head: ChainHead;
  signature?: ShiftSignature;
}

/**
 * The end-of-shift report as a PDF: the foreign guests in house and every open notice. The
 * unsigned one ends with a blank line for the night auditor; the signed one names who signed,
 * when, the audit chain's head at that moment and the fingerprint of the report as produced,
 * so a printed copy can be held to the trail (README, "The audit trail and backups").
 */
const PORTAL_LABEL: Record<AttemptPortal, string> = { eqonaq: 'e-Qonaq', vmp: 'VMP' };

export async function drawShiftReport(
  deps: ServiceDeps,
  rows: BoardRow[],
  input: ShiftReportInput,
): Promise<{ bytes: Uint8Array; inHouse: number; open: number }> {
  const { repos } = deps;
  const { language, signature } = input;
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(language, `notifications:${key}`, params);
  const inHouse = repos.stays.inHouse('').filter((s) => s.citizenship !== KAZAKHSTAN);
  const open = rows.filter((r) => r.group !== 'filed_no_proof');
  const filedNoProof = rows.length - open.length;
  const hotel = repos.hotel.get();
  const bytes = await renderPdf(
    { title: t('report.title'), language },
    (doc) => {
      doc.font('bold').fontSize(16).text(t('report.title'));
      doc.font('regular').fontSize(10);
      if (hotel?.name)
        doc.text(`${t('report.hotel')}: ${hotel.name}${hotel.address ? `, ${hotel.address}` : ''}`);
      doc.text(
        t('report.produced', {
          at: kzStamp(input.producedAt),
          name: actorName(language, input.producedBy),
        }),
      );
      doc
        .fontSize(8)
        .text(t('report.chain_produced', { id: input.head.id, hash: input.head.hash }));
      doc.fontSize(10);
      doc.moveDown();
      doc
        .font('bold')
        .fontSize(12)
        .text(`${t('report.in_house_title')} (${inHouse.length})`);
      doc.moveDown(0.3);
      if (inHouse.length === 0) doc.font('regular').fontSize(10).text(t('report.none'));
      else
        table(
          doc,
          [
            { header: t('report.col.room'), width: 10 },
            { header: t('report.col.guest'), width: 34 },
            { header: t('report.col.citizenship'), width: 22 },
            { header: t('report.col.document'), width: 18 },
            { header: t('report.col.check_in'), width: 16 },
          ],
          inHouse.map((s) => [
            s.room,
            `${s.surname} ${s.givenNames}`.trim(),
            countryName(s.citizenship, language),
            s.documentNumber ?? '',
            portalDate(s.checkInDate),
          ]),
        );
      doc.moveDown();
      doc
        .font('bold')
        .fontSize(12)
        .text(`${t('report.open_title')} (${open.length})`);
      doc.moveDown(0.3);
      if (open.length === 0) doc.font('regular').fontSize(10).text(t('report.none'));
      else
        table(
          doc,
          [
            { header: t('report.col.room'), width: 9 },
            { header: t('report.col.guest'), width: 27 },
            { header: t('report.col.notice'), width: 24 },
            { header: t('report.col.state'), width: 26 },
            { header: t('report.col.deadline'), width: 14 },
          ],
          open.map((r) => [
            r.room,
            `${r.surname} ${r.givenNames}`.trim() +
              (r.stayStatus === 'checked_out'
                ? ` (${t('report.departed', { context: sexContext(r.sex) })})`
                : ''),
            t(`kind.${r.kind}`),
            `${t(`group.${r.group}`)} · ${t(`state.${r.state}`)}` +
              // What the desk tried: a portal that would not take it (issue 23).
              (r.lastAttempt
                ? ` · ${t('report.attempts', {
                    count: r.attempts,
                    portal: PORTAL_LABEL[r.lastAttempt.portal],
                    date: portalDate(kzDateOf(new Date(r.lastAttempt.at))),
                  })}`
                : ''),
            r.dueDate ? portalDate(r.dueDate) : t('report.no_deadline'),
          ]),
        );
      doc.moveDown(0.5);
      doc
        .font('regular')
        .fontSize(10)
        .text(t('report.filed_no_proof', { count: filedNoProof }));
      // Without a working EDS key nobody can file on e-Qonaq or VMP (issue 23).
      const soonest = keysOutlook(repos.keys.all(), kzDateOf(input.now)).soonest;
      doc.moveDown(0.3);
      doc.text(
        keysReportLine(
          (key, params) => translate(language, `keys:${key}`, params),
          soonest ? { ...soonest.key, daysLeft: soonest.daysLeft } : null,
          portalDate,
        ),
      );
      doc.moveDown(2);
      if (!signature) {
        doc.text(t('report.sign_off'));
        return;
      }
      doc.font('bold').text(
        t('report.signed_by', {
          name: actorName(language, signature.name),
          at: kzStamp(signature.at),
        }),
      );
      doc.font('regular').fontSize(8);
      doc.text(t('report.chain_signed', { id: signature.head.id, hash: signature.head.hash }));
      doc.text(t('report.unsigned_sha', { sha256: signature.unsignedSha256 }));
    },
    (page, pages) => t('report.page', { page, pages }),
  );
  return { bytes, inHouse: inHouse.length, open: open.length };
}
