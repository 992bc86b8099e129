import {
  isSystemActorName,
  type Language,
  type Portal,
  type RegisterRow,
} from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { vmpDocumentType, vmpPurpose } from '../../../shared/documents/vmp';
import { KZ_UTC_OFFSET_MINUTES } from '../../../shared/rules';

/** A cell as each format needs it: typed for XLSX, text for CSV and PDF. */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: string };

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface ColumnContext {
  lang: Language;
  t: Translate;
}

/**
 * The context the columns read, with the labels they repeat on every row looked up once: i18next
 * takes tens of microseconds a lookup, a tenth of a large register's time.
 */
export function columnContext(doc: ColumnContext): ColumnContext {
  const seen = new Map<string, string>();
  return {
    lang: doc.lang,
    t: (key, params) => {
      if (params) return doc.t(key, params);
      let label = seen.get(key);
      if (label === undefined) seen.set(key, (label = doc.t(key)));
      return label;
    },
  };
}

/** A staff name on paper: the system actor's in the register's language. */
const actor = (name: string | null, c: ColumnContext): string | null =>
  isSystemActorName(name) ? c.t('common:systemActor') : name;

export interface Column {
  key: string;
  /**
   * The PDF measures each column from its content; this is its share of the page's width left
   * over once every column holds its longest cell on one line. XLSX widths are measured too.
   */
  pdf: number;
  cell: (r: RegisterRow, index: number, c: ColumnContext) => Cell | null;
}

const text = (value: string | null | undefined): Cell | null =>
  value ? { kind: 'text', value } : null;
const date = (value: string | null): Cell | null => (value ? { kind: 'date', value } : null);

export const PORTAL_NAMES = { eqonaq: 'e-Qonaq', vmp: 'vmp.gov.kz' } as const;

/** A filing's channel on paper: the portals by their names, paper in the register's language. */
const channel = (p: Portal, c: ColumnContext): string =>
  p === 'paper' ? c.t('reports:portal.paper') : PORTAL_NAMES[p];

export const guestName = (r: RegisterRow) =>
  [r.surname, r.givenNames, r.patronymic].filter(Boolean).join(' ');

/** The register's columns in the order the issue and the inspector read them. */
export const REGISTER_COLUMNS: Column[] = [
  { key: 'n', pdf: 2.5, cell: (_r, i) => ({ kind: 'number', value: i + 1 }) },
  { key: 'guest', pdf: 11, cell: (r) => text(guestName(r)) },
  {
    key: 'citizenship',
    pdf: 7.5,
    cell: (r, _i, c) => text(`${countryName(r.citizenship, c.lang)} (${r.citizenship})`),
  },
  {
    key: 'document',
    pdf: 9,
    cell: (r, _i, c) => {
      const type = r.documentType ? vmpDocumentType(r.documentType)?.[c.lang] : undefined;
      return text([r.documentNumber, type ? `(${type})` : ''].filter(Boolean).join(' '));
    },
  },
  { key: 'birthDate', pdf: 6.2, cell: (r) => date(r.birthDate) },
  { key: 'room', pdf: 4, cell: (r) => text(r.room) },
  { key: 'checkIn', pdf: 6.2, cell: (r) => date(r.eventDate) },
  { key: 'checkOut', pdf: 6.2, cell: (r) => date(r.checkOutDate) },
  { key: 'entryDate', pdf: 6.2, cell: (r) => date(r.entryDate) },
  {
    key: 'purpose',
    pdf: 6,
    cell: (r, _i, c) => text(r.purposeCode ? (vmpPurpose(r.purposeCode)?.[c.lang] ?? '') : ''),
  },
  { key: 'deadline', pdf: 6.2, cell: (r) => date(r.dueDate) },
  {
    key: 'filedAt',
    pdf: 8,
    cell: (r) => (r.filedAt ? { kind: 'datetime', value: r.filedAt } : null),
  },
  { key: 'portal', pdf: 6.3, cell: (r, _i, c) => text(r.portal ? channel(r.portal, c) : '') },
  { key: 'reference', pdf: 5, cell: (r) => text(r.reference) },
  {
    // What the host tried when a portal refused (domain.md §10): the count and the latest try.
    key: 'attempts',
    pdf: 7,
    cell: (r) =>
      r.lastAttempt
        ? text(
            `${r.attempts}: ${PORTAL_NAMES[r.lastAttempt.portal]} ${paperDateTime(r.lastAttempt.at)}`,
          )
        : null,
  },
  { key: 'proof', pdf: 6, cell: (r, _i, c) => text(c.t(`reports:proof.${r.proof}`)) },
  {
    key: 'timeliness',
    pdf: 7,
    cell: (r, _i, c) => text(c.t(`reports:timeliness.${r.timeliness}`)),
  },
  {
    key: 'daysLate',
    pdf: 5,
    cell: (r) =>
      r.timeliness === 'late' || r.timeliness === 'overdue'
        ? { kind: 'number', value: r.workingDaysLate }
        : null,
  },
  { key: 'checkedInBy', pdf: 5.5, cell: (r, _i, c) => text(actor(r.checkedInBy, c)) },
  { key: 'filedBy', pdf: 5.5, cell: (r, _i, c) => text(actor(r.filedBy, c)) },
];

const PLACE_COLUMN: Column = { key: 'place', pdf: 7, cell: (r) => text(r.place) };

const PROPERTY_COLUMN: Column = { key: 'property', pdf: 7, cell: (r) => text(r.property) };

/**
 * The columns of a register: with two or more places, the place's beside the room; in the
 * consolidated register, the property's after the number.
 */
export function registerColumns(doc: { byPlace?: boolean; byProperty?: unknown }): Column[] {
  let columns = REGISTER_COLUMNS;
  if (doc.byPlace) {
    const at = columns.findIndex((c) => c.key === 'room');
    columns = [...columns.slice(0, at), PLACE_COLUMN, ...columns.slice(at)];
  }
  if (doc.byProperty) columns = [columns[0]!, PROPERTY_COLUMN, ...columns.slice(1)];
  return columns;
}

/** An instant as Kazakh wall-clock time `yyyy-MM-dd HH:mm` (UTC+5, domain.md §2). */
export function kzDateTime(instant: string): string {
  const d = new Date(new Date(instant).getTime() + KZ_UTC_OFFSET_MINUTES * 60_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** An instant as `dd.MM.yyyy HH:mm`, Kazakh time. */
export const paperDateTime = (instant: string): string => {
  const local = kzDateTime(instant);
  return `${paperDate(local.slice(0, 10))} ${local.slice(11)}`;
};

/** `yyyy-MM-dd` → `dd.MM.yyyy`, the way all three languages write dates on paper here. */
export const paperDate = (iso: string) =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** A cell as text: ISO dates for CSV (any spreadsheet reads them), paper dates for the PDF. */
export function cellText(cell: Cell | null, style: 'iso' | 'paper'): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'date':
      return style === 'iso' ? cell.value : paperDate(cell.value);
    case 'datetime': {
      const local = kzDateTime(cell.value);
      return style === 'iso' ? local : `${paperDate(local.slice(0, 10))} ${local.slice(11)}`;
    }
  }
}
