import type { AuditEntry, GuestExport, Language } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { kzDateTime, paperDate } from '../exports/register-columns';
import { registerFontPath } from '../exports/pdf-font';
import type { ServiceDeps } from '../services/deps';

type Row = Record<string, unknown>;

/** Everything the database holds about one guest, as plain data (the JSON export). */
export function guestData(deps: ServiceDeps, guestId: number, now: Date) {
  const { repos } = deps;
  const guest = repos.privacy.guest(guestId)!;
  const held = repos.privacy.held(guestId);
  const audit: AuditEntry[] = [];
  // Paged by id, newest first, then put in time order.
  for (let before: number | undefined; ;) {
    const page = repos.audit.browse({ guestId, beforeId: before, limit: 500 });
    audit.push(...page);
    if (page.length < 500) break;
    before = page[page.length - 1]!.id;
  }
  audit.reverse();
  return {
    exportedAt: now.toISOString(),
    hotel: repos.hotel.get()?.name ?? '',
    guest,
    documents: held.documents,
    stays: held.stays,
    notices: held.notices,
    filings: held.filings,
    proofs: held.proofs,
    portalAttempts: held.portalAttempts,
    audit,
  };
}
export type GuestData = ReturnType<typeof guestData>;

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const when = (v: unknown) => (typeof v === 'string' && v ? paperWhen(v) : '—');
const paperWhen = (instant: string) => {
  const local = kzDateTime(instant);
  return `${paperDate(local.slice(0, 10))} ${local.slice(11)}`;
};
const day = (v: unknown) => (typeof v === 'string' && v ? paperDate(v) : '—');

/** The same data as a PDF a guest can read, in the staff member's language. */
export async function guestPdf(data: GuestData, lang: Language): Promise<Buffer> {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(lang, `privacy:pdf.${key}`, params);
  // Loaded on first use, as the register's writer is: pdfkit would slow every start.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 40,
    font: registerFontPath(),
    info: { Title: t('title'), Creator: 'Tirkeu' },
  });
  pdf.registerFont('body', registerFontPath());
  pdf.registerFont('bold', registerFontPath(true));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));

  const heading = (text: string) => {
    pdf.moveDown(0.6).font('bold').fontSize(11).text(text).font('body').fontSize(9);
  };
  const line = (label: string, value: string) => {
    pdf
      .font('bold')
      .text(`${label}: `, { continued: true })
      .font('body')
      .text(value || '—');
  };
  const g = data.guest as unknown as Row;

  pdf.font('bold').fontSize(14).text(t('title'));
  pdf
    .font('body')
    .fontSize(9)
    .text(t('intro', { hotel: data.hotel, at: paperWhen(data.exportedAt) }));
  heading(t('person'));
  line(t('surname'), str(g.surname));
  line(t('given_names'), `${str(g.given_names)} ${str(g.patronymic)}`.trim());
  line(t('citizenship'), str(g.citizenship));
  line(t('birth_date'), day(g.birth_date));
  line(t('contact'), [g.phone, g.email].filter(Boolean).map(str).join(', '));
  if (g.erased_at) line(t('erased'), when(g.erased_at));

  heading(t('documents', { n: data.documents.length }));
  for (const d of data.documents) {
    line(str(d.type_code), `${str(d.issuing_state)} ${str(d.series)} ${str(d.number)}`.trim());
  }

  heading(t('stays', { n: data.stays.length }));
  for (const s of data.stays) {
    pdf
      .font('bold')
      .text(`${t('room')} ${str(s.room)} · ${when(s.check_in_at)} – ${when(s.checked_out_at)}`);
    pdf.font('body');
    line(t('consent'), `${when(s.consent_at)} ${str(s.consent_staff)}`.trim());
    const notices = data.notices.filter((n) => n.stay_id === s.id);
    for (const n of notices) {
      const filings = data.filings.filter((f) => f.notification_id === n.id);
      const filed = filings
        .map((f) => `${str(f.portal)} ${when(f.filed_at)} ${str(f.reference)}`.trim())
        .join('; ');
      line(
        t('notice'),
        `${t('due', { date: day(n.due_date) })}${filed ? ` · ${t('filed', { filed })}` : ''}`,
      );
    }
  }

  heading(t('audit', { n: data.audit.length }));
  pdf.fontSize(8);
  for (const a of data.audit) {
    pdf.text(`${paperWhen(a.at)}  ${a.action}  ${a.staffName ?? ''}`);
  }
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

/** Both files of a guest's export, handed to the file store. */
export async function exportGuest(
  deps: ServiceDeps,
  guestId: number,
  lang: Language,
  now: Date,
): Promise<GuestExport> {
  const data = guestData(deps, guestId, now);
  const base = `tirkeu-guest-${guestId}-${now.toISOString().slice(0, 10)}`;
  const json = deps.files.put(
    Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
    `${base}.json`,
    'application/json',
  );
  const pdf = deps.files.put(await guestPdf(data, lang), `${base}.pdf`, 'application/pdf');
  return { json, pdf, stays: data.stays.length };
}
