import type pg from 'pg';
import type { Language, RegisterRow, ReportRange } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { buildCalendar, kzDateOf } from '../../../shared/rules';
import type { RegisterDocument } from '../exports/document';
import { registerRow, registerTotals } from '../services/reports-register';
import { centralRegister, readAsConsole, type CentralRegisterRecord } from './central-repo';

/** SQLite's NOCASE: ASCII letters folded, then the UTF-8 bytes compared. */
const nocase = (s: string) => Buffer.from(s.replace(/[A-Z]/g, (c) => c.toLowerCase()));
const bytes = (s: string) => Buffer.from(s);

/**
 * The consolidated register of every property (issue 25), as the document a property's own
 * export is made from (services/reports-service.ts), so the same writers make the same XLSX,
 * CSV and PDF: the same rows by the same rules (reports-register.ts), grouped by property (in
 * the order the properties joined the centre), each property's rows in the order its own
 * register has them (by place when it has two or more, then as report-repo.ts orders), with a
 * property column and each property's totals.
 *
 * Read through the console's read-only role in one snapshot (readAsConsole). Whether a notice is
 * overdue, and by how many working days, is counted on the calendar Tirkeu ships: an owner's
 * overrides at a property do not ship; a late filing's days are the ones recorded at filing.
 */
export async function centralRegisterDocument(
  client: pg.Client,
  range: ReportRange,
  lang: Language,
  now: Date,
): Promise<RegisterDocument<RegisterRow[]>> {
  const { properties, records } = await readAsConsole(client, () =>
    centralRegister(client, range.from, range.to),
  );
  const calendar = buildCalendar();
  const today = kzDateOf(now);
  const rankOf = new Map(properties.map((p, i) => [p.id, i]));
  const placeRank = new Map(
    properties.map((p) => [p.id, new Map(p.places.map((id, i) => [id, i]))] as const),
  );
  const place = (r: CentralRegisterRecord): number => {
    const places = properties[rankOf.get(r.propertyId)!]!.places;
    if (places.length < 2) return 0;
    return r.placeId === null ? -1 : (placeRank.get(r.propertyId)!.get(r.placeId) ?? places.length);
  };
  const sorted = records
    .map((r) => ({ r, room: nocase(r.room), surname: bytes(r.surname) }))
    .sort(
      (a, b) =>
        rankOf.get(a.r.propertyId)! - rankOf.get(b.r.propertyId)! ||
        place(a.r) - place(b.r) ||
        Buffer.compare(bytes(a.r.eventDate), bytes(b.r.eventDate)) ||
        Buffer.compare(a.room, b.room) ||
        Buffer.compare(a.surname, b.surname) ||
        a.r.notificationId - b.r.notificationId,
    );
  const nameOf = new Map(properties.map((p) => [p.id, p.name]));
  const rows = sorted.map(({ r }) => ({
    ...registerRow(r, calendar, today),
    property: nameOf.get(r.propertyId)!,
  }));
  const byProperty = properties.map((p) => ({
    name: p.name,
    totals: registerTotals(rows.filter((r) => r.property === p.name)),
  }));
  const t = (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
  return {
    rows,
    totals: registerTotals(rows),
    range,
    hotel: {
      name: t('reports:file.consolidated', { count: properties.length }),
      bin: '',
      address: '',
    },
    byPlace: properties.some((p) => p.places.length > 1),
    byProperty,
    lang,
    t,
    printedAt: now,
  };
}
