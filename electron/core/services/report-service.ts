import crypto from 'node:crypto';
import {
  AppFailure,
  LANGUAGES,
  type BoardRow,
  type Language,
  type ShiftReportView,
} from '../../../shared/contract';
import { portalDate } from '../../../shared/filing/portal-fields';
import { translate } from '../../../shared/locales';
import { kzNowParts } from '../../../shared/rules';
import type { HandlersFor } from '../handlers';
import { renderPdf } from '../files/pdf-doc';
import { drawShiftReport } from './shift-report-pdf';
import type { ServiceDeps } from './deps';
import { invalid } from './filing-service';

type ReportMethods =
  'notifications.shiftReport' | 'notifications.signShiftReport' | 'notifications.guestSheet';

/** The board rows the report lists, from the board read itself (one source of truth). */
export type BoardLoader = (now: Date) => BoardRow[];

/** End-of-shift report and the guest's order-923 sheet, as PDFs; the night auditor's sign-off. */
export function reportHandlers(
  deps: ServiceDeps,
  boardRows: BoardLoader,
): HandlersFor<ReportMethods> {
  const { repos } = deps;
  // The head the produced report printed, from its audit entry (older entries lack it).
  const producedHead = (reportId: number) => {
    const entry = repos.audit
      .forEntity('shift_report', reportId)
      .find((e) => e.action === 'shift_report.produced');
    const h = entry?.details.chainHead as { id?: unknown; hash?: unknown } | undefined;
    return typeof h?.id === 'number' && typeof h.hash === 'string'
      ? { id: h.id, hash: h.hash }
      : null;
  };

  return {
    'notifications.shiftReport': async ({ language }, ctx) => {
      const now = ctx.now();
      ctx.progress(0, 1);
      // The head before this report's own entry: the trail as the report saw it.
      const head = repos.audit.head();
      const { bytes, inHouse, open } = await drawShiftReport(deps, boardRows(now), {
        language,
        now,
        producedAt: now,
        producedBy: ctx.staff.name,
        head,
      });
      ctx.progress(1, 1);
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const id = ctx.transaction((audit) => {
        const reportId = repos.shiftReports.insert({
          at: now.toISOString(),
          staffId: ctx.staff.id,
          language,
          inHouse,
          open,
          sha256,
        });
        audit('shift_report.produced', 'shift_report', reportId, {
          inHouse,
          open,
          sha256,
          chainHead: { ...head },
        });
        return reportId;
      });
      ctx.note({ reportId: id });
      const date = kzNowParts(now).date;
      const file = deps.files.put(bytes, `tirkeu-shift-report-${date}.pdf`, 'application/pdf');
      return { ...repos.shiftReports.get(id)!, file } satisfies ShiftReportView & { file: unknown };
    },

    // A job, not a write: the signed PDF is drawn (async) before the signature is recorded.
    'notifications.signShiftReport': async ({ reportId }, ctx) => {
      const report = repos.shiftReports.get(reportId);
      if (!report) throw new AppFailure('not_found');
      if (report.signedAt) throw invalid('reportId', 'report.already_signed');
      const at = ctx.now();
      ctx.progress(0, 1);
      const head = repos.audit.head();
      const { bytes } = await drawShiftReport(deps, boardRows(at), {
        language: report.language,
        now: at,
        producedAt: new Date(report.createdAt),
        producedBy: report.createdBy?.name ?? '',
        head: producedHead(report.id) ?? head,
        signature: { name: ctx.staff.name, at, head, unsignedSha256: report.sha256 },
      });
      ctx.progress(1, 1);
      const signedSha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      ctx.transaction((audit) => {
        // Signed meanwhile in another window: the first signature stands.
        if (!repos.shiftReports.sign(reportId, at.toISOString(), ctx.staff.id)) {
          throw invalid('reportId', 'report.already_signed');
        }
        audit('shift_report.signed', 'shift_report', reportId, {
          sha256: report.sha256,
          signedSha256,
          chainHead: { ...head },
        });
      });
      ctx.note({ reportId });
      const date = kzNowParts(at).date;
      const file = deps.files.put(
        bytes,
        `tirkeu-shift-report-${date}-signed.pdf`,
        'application/pdf',
      );
      return { ...repos.shiftReports.get(reportId)!, file };
    },

    'notifications.guestSheet': async ({ stayId, language }, ctx) => {
      const stay = repos.stays.get(stayId);
      if (!stay) throw new AppFailure('not_found');
      const task = repos.notifications
        .ofStay(stayId)
        .find((n) => n.kind === 'guest_self_registration' && n.state !== 'cancelled');
      if (!task) throw invalid('stayId', 'sheet.no_task');
      const guest = repos.guests.get(stay.guestId)!;
      // Where the guest actually stays: the stay's place (domain.md §10, "Per place").
      const place = stay.placeId === null ? null : repos.places.get(stay.placeId);
      const address = place?.address ?? repos.hotel.get()?.address ?? '';
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
