import { z } from 'zod';
import type { BusinessSize } from '../rules';
import { isoDateSchema, languageSchema } from './common';
import { job, read, AUDITORS, OWNERS } from './define';
import type { FileRef } from './files';
import type { AttemptPortal, Portal } from './notifications';

/** States of a stay's host's notices a history search can ask for. */
export const NOTICE_FILTERS = ['any', 'owed', 'late', 'filed', 'proven'] as const;
export type NoticeFilter = (typeof NOTICE_FILTERS)[number];

/** What a stay's host's notices add up to, as the history list shows it. */
export type StayNoticeSummary = 'none' | 'owed' | 'overdue' | 'filed_late' | 'filed' | 'proven';

export interface HistoryRow {
  stayId: number;
  room: string;
  surname: string;
  givenNames: string;
  citizenship: string;
  documentNumber: string | null;
  checkInDate: string;
  /** The day the guest left, else the planned check-out. */
  checkOutDate: string | null;
  status: 'in_house' | 'absent' | 'checked_out' | 'cancelled';
  /** As recorded: Russian words about the guest agree with it ("выехала"). */
  sex: 'M' | 'F' | 'X' | null;
  notices: StayNoticeSummary;
  checkedInBy: string | null;
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** Matching stays, counted up to `HISTORY_COUNT_CAP`; `capped` when there are more. */
  total: number;
  capped: boolean;
}

export const HISTORY_COUNT_CAP = 10_000;
export const HISTORY_PAGE = 100;

const rangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'range.reversed', path: ['to'] })
  // A register longer than a few years is a backup, not a report; the cap bounds a single call.
  .refine((r) => Number(r.to.slice(0, 4)) - Number(r.from.slice(0, 4)) <= 5, {
    message: 'range.too_long',
    path: ['to'],
  });
export type ReportRange = z.infer<typeof rangeSchema>;

export const historyQuerySchema = z
  .object({
    query: z.string().trim().max(100).default(''),
    from: isoDateSchema.nullable().default(null),
    to: isoDateSchema.nullable().default(null),
    citizenship: z.string().trim().toUpperCase().max(3).default(''),
    notice: z.enum(NOTICE_FILTERS).default('any'),
    staffId: z.number().int().positive().nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(HISTORY_PAGE),
  })
  .strict();
export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** One register row: one owed host's notice (domain.md §1), with its guest, stay and filing. */
export interface RegisterRow {
  notificationId: number;
  stayId: number;
  surname: string;
  givenNames: string;
  patronymic: string;
  citizenship: string;
  documentType: string | null;
  documentNumber: string | null;
  birthDate: string | null;
  room: string;
  checkInDate: string;
  checkOutDate: string | null;
  entryDate: string | null;
  purposeCode: string | null;
  /** The arrival or return that started the notice's clock. */
  eventDate: string;
  dueDate: string | null;
  filedAt: string | null;
  portal: Portal | null;
  reference: string;
  /**
   * The portal's PDF attached, and whether its text matched the guest; `stamped`: filed on paper,
   * a scan or photo of the police's stamped copy attached.
   */
  proof: 'none' | 'matched' | 'unmatched' | 'stamped';
  /** on_time / late (filed after the deadline) / overdue (not filed, past it) / open. */
  timeliness: 'on_time' | 'late' | 'overdue' | 'open';
  /** Working days after the deadline up to the filing (or today when still unfiled). */
  workingDaysLate: number;
  checkedInBy: string | null;
  filedBy: string | null;
  /** Failed portal attempts recorded on the notice (domain.md §10), and the latest one. */
  attempts: number;
  lastAttempt: { at: string; portal: AttemptPortal } | null;
  /** The name of the stay's place of stay (domain.md §10, "Per place"); empty before places. */
  place: string;
  /** The consolidated register's (issue 25): the property the row was shipped from. */
  property?: string;
}

export interface RegisterTotals {
  notices: number;
  /** Notices with at least one failed portal attempt, and all such attempts. */
  attempted: number;
  attempts: number;
  onTime: number;
  late: number;
  overdue: number;
  open: number;
  withProof: number;
  guests: number;
}

/** The totals in the order every format and the register screen print them. */
export const REGISTER_TOTAL_KEYS = [
  'notices',
  'guests',
  'onTime',
  'late',
  'overdue',
  'open',
  'withProof',
  'attempted',
  'attempts',
] as const satisfies ReadonlyArray<keyof RegisterTotals>;

export interface RegisterView {
  range: ReportRange;
  rows: RegisterRow[];
  totals: RegisterTotals;
  /** The host has two or more places: the rows come grouped by place, with its column. */
  byPlace?: boolean;
}

export interface CountBy {
  key: string;
  count: number;
}

export interface LateCost {
  notificationId: number;
  /** The first day the notice was late: the day after its deadline (domain.md §2). */
  lateOn: string;
  /** Art. 518 part 1, or part 3 when repeated within a year of an earlier one (domain.md §6). */
  part: 1 | 3;
  mci: number | null;
  tenge: number | null;
  mciYear: number | null;
  estimated: boolean;
}

export interface Statistics {
  range: ReportRange;
  totals: RegisterTotals;
  byCitizenship: CountBy[];
  byPurpose: CountBy[];
  /** The register's totals for each place of stay, in the places' order; absent with one place. */
  byPlace?: Array<{ place: string; totals: RegisterTotals }>;
  perMonth: Array<{ month: string; onTime: number; late: number; overdue: number; open: number }>;
  /** On time among those whose outcome is known (filed, or past their deadline); null if none. */
  onTimeRate: number | null;
  businessSize: BusinessSize;
  lateCosts: LateCost[];
  /** Null when the sizes make it a warning only (individuals, Art. 518 part 1). */
  totalTenge: number | null;
  warningsOnly: number;
  /** Two or more late notices within the 12 months before today (Migration Law Art. 48). */
  article48: boolean;
}

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** In the core's file store, for the renderer to download or save (shared/contract/files.ts). */
  file: FileRef;
  rows: number;
}

export interface HistoryOptions {
  staff: Array<{ id: number; name: string }>;
  citizenships: string[];
}

export const reportsMethods = {
  /** Every stay ever recorded, newest first, searched and filtered; one page at a time. */
  'history.search': read<HistoryPage>()(historyQuerySchema, AUDITORS),
  /** The staff and citizenships the history filters offer. */
  'history.options': read<HistoryOptions>()(z.object({}).strict(), AUDITORS),
  /** The register of foreign guests: one row per owed host's notice whose clock started in range. */
  'reports.register': read<RegisterView>()(rangeSchema, AUDITORS),
  /** Compliance statistics for a range: guests, notices, on-time rate, what lateness costs. */
  'reports.statistics': read<Statistics>()(rangeSchema, AUDITORS),
  /** The register as a file in the user's language, produced in the core with progress. */
  'reports.export': job<ExportedFile>()(
    z
      .object({
        from: isoDateSchema,
        to: isoDateSchema,
        format: z.enum(EXPORT_FORMATS),
        language: languageSchema,
      })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'range.reversed', path: ['to'] }),
    OWNERS,
  ),
};
