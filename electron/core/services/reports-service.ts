import type { Language, ReportRange } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { kzDateOf } from '../../../shared/rules';
import type { RegisterDocument } from '../exports/document';
import { exportToBuffer, MIME } from '../exports/register-export';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import { registerRow, registerTotals } from './reports-register';
import { statistics } from './reports-statistics';

/** The register's rows for a range, as every screen and file shows them at `now`. */
export function registerRows(deps: ServiceDeps, range: ReportRange, now: Date) {
  const calendar = deps.calendar.get();
  const today = kzDateOf(now);
  return deps.repos.reports
    .register(range.from, range.to)
    .map((r) => registerRow(r, calendar, today));
}

/** What a register file is made from, in one language; the same for the app and the CLI. */
export function registerDocument(
  deps: ServiceDeps,
  range: ReportRange,
  lang: Language,
  now: Date,
): RegisterDocument {
  const rows = registerRows(deps, range, now);
  const hotel = deps.repos.hotel.get();
  return {
    rows,
    totals: registerTotals(rows),
    range,
    hotel: { name: hotel?.name ?? '', bin: hotel?.bin ?? '', address: hotel?.address ?? '' },
    lang,
    t: (key, params) => translate(lang, key, params),
    printedAt: now,
  };
}

export const exportFileName = (range: ReportRange, format: string) =>
  `register-${range.from}-${range.to}.${format}`;

export function reportsHandlers(
  deps: ServiceDeps,
): HandlersFor<'reports.register' | 'reports.statistics' | 'reports.export'> {
  return {
    'reports.register': (range, ctx) => {
      const rows = registerRows(deps, range, ctx.now());
      return { range, rows, totals: registerTotals(rows) };
    },
    'reports.statistics': (range, ctx) =>
      statistics({
        range,
        rows: registerRows(deps, range, ctx.now()),
        repo: deps.repos.reports,
        size: deps.repos.hotel.get()?.businessSize ?? 'small',
        today: kzDateOf(ctx.now()),
      }),
    'reports.export': async ({ from, to, format, language }, ctx) => {
      const range = { from, to };
      const doc = registerDocument(deps, range, language, ctx.now());
      ctx.progress(0, doc.rows.length);
      const bytes = await exportToBuffer(doc, format, (done, total) => ctx.progress(done, total));
      // The job runner audits the export once it finishes; these say what left the database.
      ctx.note({ from, to, format, language, rows: doc.rows.length });
      return {
        file: deps.files.put(bytes, exportFileName(range, format), MIME[format]),
        rows: doc.rows.length,
      };
    },
  };
}
