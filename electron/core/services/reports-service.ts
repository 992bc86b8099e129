import type {
  ExportFormat,
  Language,
  RegisterRow,
  RegisterTotals,
  ReportRange,
} from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { kzDateOf } from '../../../shared/rules';
import type { Progress, RegisterDocument } from '../exports/document';
import { exportToBuffer, MIME } from '../exports/register-export';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import { registerRow, registerTotals, totalsTally } from './reports-register';
import { statistics } from './reports-statistics';

/** The register's rows for a range, as every screen and file shows them at `now`. */
export function registerRows(
  deps: Pick<ServiceDeps, 'repos' | 'calendar'>,
  range: ReportRange,
  now: Date,
) {
  const calendar = deps.calendar.get();
  const today = kzDateOf(now);
  const records = deps.repos.reports.register(range.from, range.to);
  const places = deps.repos.places.list();
  if (places.length > 1) {
    // Grouped by place, in the places' order, each place's rows in the register's own order.
    const order = new Map(places.map((p, i) => [p.id, i]));
    const rank = (id: number | null) => (id === null ? -1 : (order.get(id) ?? places.length));
    records.sort((a, b) => rank(a.placeId) - rank(b.placeId));
  }
  return records.map((r) => registerRow(r, calendar, today));
}

/** Two or more places: the register and the statistics are told apart by place. */
export const placeNames = (deps: Pick<ServiceDeps, 'repos'>): string[] | null => {
  const places = deps.repos.places.list();
  return places.length > 1 ? places.map((p) => p.name) : null;
};

/** What a register file is made from, in one language; the same for the app and the CLI. */
export function registerDocument(
  deps: Pick<ServiceDeps, 'repos' | 'calendar'>,
  range: ReportRange,
  lang: Language,
  now: Date,
): RegisterDocument<RegisterRow[]> {
  const rows = registerRows(deps, range, now);
  return { ...documentOf(deps, range, lang, now), rows, totals: registerTotals(rows) };
}

/**
 * The same document with its rows read from the database at each pass over them, never held
 * (the command line's export of a year or more, issue 21). The count is read apart; the totals
 * are counted as the first whole pass goes by (the XLSX measures its widths first), or by a pass
 * of their own when asked before one. Run inside one read transaction (`readSnapshotWhile`), so
 * every pass reads the same rows, with nothing else on the connection until the file is written.
 */
export function registerStream(
  deps: Pick<ServiceDeps, 'repos' | 'calendar'>,
  range: ReportRange,
  lang: Language,
  now: Date,
): RegisterDocument {
  const calendar = deps.calendar.get();
  const today = kzDateOf(now);
  const order = deps.repos.places.list().map((p) => p.id);
  let totals: RegisterTotals | null = null;
  function* each() {
    const tally = totalsTally();
    for (const r of deps.repos.reports.iterateRegister(range.from, range.to, order)) {
      const row = registerRow(r, calendar, today);
      tally.add(row);
      yield row;
    }
    totals ??= tally.result();
  }
  const rows = {
    length: deps.repos.reports.registerCount(range.from, range.to),
    [Symbol.iterator]: each,
  };
  return {
    ...documentOf(deps, range, lang, now),
    rows,
    get totals() {
      if (!totals) for (const _row of each());
      return totals!;
    },
  };
}

function documentOf(
  deps: Pick<ServiceDeps, 'repos'>,
  range: ReportRange,
  lang: Language,
  now: Date,
): Omit<RegisterDocument, 'rows' | 'totals'> {
  const hotel = deps.repos.hotel.get();
  return {
    range,
    hotel: { name: hotel?.name ?? '', bin: hotel?.bin ?? '', address: hotel?.address ?? '' },
    byPlace: placeNames(deps) !== null,
    lang,
    t: (key, params) => translate(lang, key, params),
    printedAt: now,
  };
}

export const exportFileName = (range: ReportRange, format: string) =>
  `register-${range.from}-${range.to}.${format}`;

/** An export made elsewhere (the core's worker thread, core.ts), told its progress. */
export type ExportInThread = (
  request: { range: ReportRange; format: ExportFormat; language: Language; now: Date },
  onProgress: Progress,
) => Promise<{ bytes: Buffer; rows: number }>;

export function reportsHandlers(
  deps: ServiceDeps,
  /** Where a register file is made off the desk's thread; without it, in this process. */
  exportInThread?: ExportInThread,
): HandlersFor<'reports.register' | 'reports.statistics' | 'reports.export'> {
  return {
    'reports.register': (range, ctx) => {
      const rows = registerRows(deps, range, ctx.now());
      const byPlace = placeNames(deps) !== null;
      return { range, rows, totals: registerTotals(rows), ...(byPlace ? { byPlace } : {}) };
    },
    'reports.statistics': (range, ctx) =>
      statistics({
        range,
        rows: registerRows(deps, range, ctx.now()),
        repo: deps.repos.reports,
        size: deps.repos.hotel.get()?.businessSize ?? 'small',
        today: kzDateOf(ctx.now()),
        places: placeNames(deps) ?? undefined,
      }),
    'reports.export': async ({ from, to, format, language }, ctx) => {
      const range = { from, to };
      const progress = (done: number, total: number) => ctx.progress(done, total);
      let made: { bytes: Buffer; rows: number };
      if (exportInThread) {
        made = await exportInThread({ range, format, language, now: ctx.now() }, progress);
      } else {
        const doc = registerDocument(deps, range, language, ctx.now());
        progress(0, doc.rows.length);
        made = { bytes: await exportToBuffer(doc, format, progress), rows: doc.rows.length };
      }
      // The job runner audits the export once it finishes; these say what left the database.
      ctx.note({ from, to, format, language, rows: made.rows });
      return {
        file: deps.files.put(made.bytes, exportFileName(range, format), MIME[format]),
        rows: made.rows,
      };
    },
  };
}
