import crypto from 'node:crypto';
import {
  AppFailure,
  LANGUAGES,
  type BoardRow,
  type Language,
  type ShiftReportView,
} from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { portalDate } from '../../../shared/filing/portal-fields';
import { translate } from '../../../shared/locales';
import { KAZAKHSTAN, kzNowParts } from '../../../shared/rules';
import type { HandlersFor } from '../handlers';
import { renderPdf, table } from '../files/pdf-doc';
import type { ServiceDeps } from './deps';
import { invalid } from './filing-service';

type ReportMethods =
  'notifications.shiftReport' | 'notifications.signShiftReport' | 'notifications.guestSheet';

const kzStamp = (at: Date): string => {
  const p = kzNowParts(at);
  return `${portalDate(p.date)} ${p.iso.slice(11, 16)} (UTC+5)`;
};

/** The board rows the report lists, from the board read itself (one source of truth). */
export type BoardLoader = (now: Date) => BoardRow[];

/** End-of-shift report and the guest's order-923 sheet, as PDFs; the night auditor's sign-off. */
export function reportHandlers(
  deps: ServiceDeps,
  boardRows: BoardLoader,
): HandlersFor<ReportMethods> {
  const { repos } = deps;

  return {
    'notifications.shiftReport': async ({ language }, ctx) => {
      const now = ctx.now();
      const t = (key: string, params?: Record<string, unknown>) =>
        translate(language, `notifications:${key}`, params);
      const inHouse = repos.stays.inHouse('').filter((s) => s.citizenship !== KAZAKHSTAN);
      const rows = boardRows(now);
      const open = rows.filter((r) => r.group !== 'filed_no_proof');
      const filedNoProof = rows.length - open.length;
      const hotel = repos.hotel.get();
      ctx.progress(0, 1);
      const bytes = await renderPdf(
        { title: t('report.title'), language },
        (doc) => {
          doc.font('bold').fontSize(16).text(t('report.title'));
          doc.font('regular').fontSize(10);
          if (hotel?.name)
            doc.text(
              `${t('report.hotel')}: ${hotel.name}${hotel.address ? `, ${hotel.address}` : ''}`,
            );
          doc.text(t('report.produced', { at: kzStamp(now), name: ctx.staff.name }));
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
                  (r.stayStatus === 'checked_out' ? ` (${t('report.departed')})` : ''),
                t(`kind.${r.kind}`),
                `${t(`group.${r.group}`)} · ${t(`state.${r.state}`)}`,
                r.dueDate ? portalDate(r.dueDate) : t('report.no_deadline'),
              ]),
            );
          doc.moveDown(0.5);
          doc
            .font('regular')
            .fontSize(10)
            .text(t('report.filed_no_proof', { count: filedNoProof }));
          doc.moveDown(2);
          doc.text(t('report.sign_off'));
        },
        (page, pages) => t('report.page', { page, pages }),
      );
      ctx.progress(1, 1);
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const id = ctx.transaction((audit) => {
        const reportId = repos.shiftReports.insert({
          at: now.toISOString(),
          staffId: ctx.staff.id,
          language,
          inHouse: inHouse.length,
          open: open.length,
          sha256,
        });
        audit('shift_report.produced', 'shift_report', reportId, {
          inHouse: inHouse.length,
          open: open.length,
          sha256,
        });
        return reportId;
      });
      ctx.note({ reportId: id });
      const date = kzNowParts(now).date;
      const file = deps.files.put(bytes, `tirkeu-shift-report-${date}.pdf`, 'application/pdf');
      return { ...repos.shiftReports.get(id)!, file } satisfies ShiftReportView & { file: unknown };
    },

    'notifications.signShiftReport': ({ reportId }, ctx) => {
      const report = repos.shiftReports.get(reportId);
      if (!report) throw new AppFailure('not_found');
      const at = ctx.now().toISOString();
      if (!repos.shiftReports.sign(reportId, at, ctx.staff.id)) {
        throw invalid('reportId', 'report.already_signed');
      }
      ctx.audit('shift_report.signed', 'shift_report', reportId, { sha256: report.sha256 });
      return repos.shiftReports.get(reportId)!;
    },

    'notifications.guestSheet': async ({ stayId, language }, ctx) => {
      const stay = repos.stays.get(stayId);
      if (!stay) throw new AppFailure('not_found');
      const task = repos.notifications
        .ofStay(stayId)
        .find((n) => n.kind === 'guest_self_registration' && n.state !== 'cancelled');
      if (!task) throw invalid('stayId', 'sheet.no_task');
      const guest = repos.guests.get(stay.guestId)!;
      const address = repos.hotel.get()?.address ?? '';
      // The guest may read any of the three: the chosen language first, then the other two.
      const order: Language[] = [language, ...LANGUAGES.filter((l) => l !== language)];
      const name = `${guest.surname} ${guest.givenNames}`.trim();
      const bytes = await renderPdf(
        { title: translate(language, 'notifications:sheet.title'), language },
        (doc) => {
          order.forEach((lang, i) => {
            const t = (key: string, params?: Record<string, unknown>) =>
              translate(lang, `notifications:sheet.${key}`, params);
            if (i > 0) {
              doc.moveDown(1.2);
              const y = doc.y;
              doc
                .moveTo(doc.page.margins.left, y)
                .lineTo(doc.page.width - doc.page.margins.right, y)
                .strokeColor('#aaaaaa')
                .stroke();
              doc.moveDown(0.8);
            }
            doc
              .font('bold')
              .fontSize(i === 0 ? 16 : 13)
              .text(t('title'));
            doc.moveDown(0.4);
            doc.font('regular').fontSize(i === 0 ? 11 : 10);
            doc.text(t('intro', { name, entry: portalDate(stay.entryDate ?? stay.checkInDate) }));
            doc.moveDown(0.3);
            doc.font('bold').text(t('deadline', { date: portalDate(task.dueDate) }));
            doc.font('regular').moveDown(0.3);
            doc.text(t('how'));
            doc.moveDown(0.3);
            doc.text(t('host', { address }));
            doc.moveDown(0.3);
            doc.text(t('questions'));
          });
        },
      );
      ctx.note({ stayId, notificationId: task.id });
      return deps.files.put(
        bytes,
        `tirkeu-registration-${guest.surname || stayId}.pdf`,
        'application/pdf',
      );
    },
  };
}
