import { z } from 'zod';
import type { DeadlineStatus, Fine, StayLimitResult, TaskKind } from '../rules';
import { instantSchema, languageSchema, text, emptyInput, type Language } from './common';
import { job, read, write, STAFF, AUDITORS, OWNERS } from './define';
import { fileIdSchema, type FileRef } from './files';
import type { NoticeView } from './stays';

/**
 * Where a notice is filed: the two portals, or on paper at the migration police in person
 * (domain.md §10: "the paper route still exists"), a third channel with the same marking and proof.
 */
export const PORTALS = ['eqonaq', 'vmp', 'paper'] as const;
export type Portal = (typeof PORTALS)[number];

/** The portals whose failure can be recorded on a notice (domain.md §10). */
export const ATTEMPT_PORTALS = ['eqonaq', 'vmp'] as const;
export type AttemptPortal = (typeof ATTEMPT_PORTALS)[number];
/** What the portal said, typed or pasted: bounded like every free text. */
export const ATTEMPT_MESSAGE_MAX = 2000;
/** A screenshot of the portal's refusal: PNG, JPEG or WebP, at most this large. */
export const SCREENSHOT_MAX_BYTES = 5 * 1024 * 1024;
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * One try at a portal that did not take the notice (domain.md §10): when, where, what the
 * portal said and who tried. Evidence for an inspector of what the host did.
 */
export interface PortalAttemptView {
  id: number;
  portal: AttemptPortal;
  attemptedAt: string;
  triedBy: StaffRef | null;
  message: string;
  /** A screenshot is kept and can be opened (`notifications.attemptScreenshot`). */
  screenshot: boolean;
}

/**
 * Where a notice stands on the way to proof (domain.md §5): owed → in progress (checklist started)
 * → filed, proof missing → filed with proof. `no_pdf`: the portal accepted the request but no PDF
 * appeared; the notice is still owed and must be filed again.
 */
export const FILING_STATES = ['owed', 'in_progress', 'filed_no_proof', 'no_pdf', 'proven'] as const;
export type FilingState = (typeof FILING_STATES)[number];

/** The board's groups, in the order shown. */
export const BOARD_GROUPS = [
  'overdue',
  'due_today',
  'due_next',
  'later',
  'filed_no_proof',
  'needs_data',
] as const;
export type BoardGroup = (typeof BOARD_GROUPS)[number];

/** The fields of the portals' forms (shared/filing/portal-fields.ts has their order and labels). */
export type PortalFieldKey =
  | 'stayDates'
  | 'checkInTime'
  | 'address'
  | 'givenNames'
  | 'surname'
  | 'patronymic'
  | 'citizenship'
  | 'birthDate'
  | 'sex'
  | 'phone'
  | 'email'
  | 'documentType'
  | 'documentNumber'
  | 'documentSeries'
  | 'issueDate'
  | 'expiryDate'
  | 'purpose'
  | 'stayFrom'
  | 'stayTo'
  | 'comment'
  | 'visaNumber'
  | 'entryDate';

/** One value as the portal takes it, with the portal's own label in each language. */
export interface PortalFieldValue {
  key: PortalFieldKey;
  /** The portal's label; null where the portal has none in that language. */
  label: { ru: string; kk: string | null; en: string | null };
  /** Formatted as typed into the portal; '' when empty. */
  value: string;
  required: boolean;
  /** Required and empty: the notice cannot be filed until it is entered. */
  missing: boolean;
}

export interface StaffRef {
  id: number;
  name: string;
}

export interface BoardRow {
  notificationId: number;
  kind: TaskKind;
  state: FilingState;
  group: BoardGroup;
  stayId: number;
  groupId: string;
  room: string;
  guestId: number;
  surname: string;
  givenNames: string;
  citizenship: string;
  /** As recorded: Russian words about the guest agree with it ("выехала"). */
  sex: 'M' | 'F' | 'X' | null;
  stayStatus: 'in_house' | 'absent' | 'checked_out';
  checkInDate: string;
  eventDate: string;
  dueDate: string | null;
  dueAt: string | null;
  /** Computed at the read; null when filed or without a due date. */
  status: DeadlineStatus | null;
  /** Who checked the guest in. */
  checkedInBy: StaffRef | null;
  /** The portal of the latest filing or checklist, when any. */
  portal: Portal | null;
  filedAt: string | null;
  /** Required fields of the chosen portal that have no value (host's notices only). */
  missing: PortalFieldKey[];
  /** Failed portal attempts recorded on the notice, and the latest one: "attempted". */
  attempts: number;
  lastAttempt: { at: string; portal: AttemptPortal } | null;
}

export interface BoardView {
  asOf: string;
  /** The portal whose required fields decide "needs data". */
  portal: Portal;
  groups: Array<{ group: BoardGroup; count: number }>;
  rows: BoardRow[];
  /** For the filters: rooms and staff that appear on the board. */
  rooms: string[];
  staff: StaffRef[];
  /** The board's "Stay limit" group: stays in house past, or within days of, the last lawful day. */
  stayLimits: StayLimitRow[];
}

/** A stay in house whose guest's right to stay is passed or about to end (domain.md §10). */
export interface StayLimitRow {
  stayId: number;
  room: string;
  guestId: number;
  surname: string;
  givenNames: string;
  citizenship: string;
  plannedCheckOut: string | null;
  limit: StayLimitResult;
}

export interface NotificationCounts {
  overdue: number;
  dueToday: number;
  dueNext: number;
  later: number;
  filedNoProof: number;
  needsData: number;
  /** Every row on the board. */
  total: number;
  /** Overdue + due today: the navigation and dock badge number. */
  urgent: number;
  /** Stays in house past the guest's last lawful day, or within the reminder days of it. */
  stayLimit: number;
}

export interface ProofView {
  id: number;
  name: string;
  sha256: string;
  size: number;
  attachedAt: string;
  attachedBy: string | null;
  /** The PDF's text names the guest's document number or surname. */
  matched: boolean;
  /** Attached although it did not match, by an explicit confirmation. */
  confirmedMismatch: boolean;
}

export interface FilingRecordView {
  id: number;
  portal: Portal;
  filedAt: string;
  filedBy: StaffRef | null;
  reference: string;
  outcome: 'filed' | 'no_pdf';
  /** Working days after the deadline (0 = on time); null for a task without a deadline. */
  lateWorkingDays: number | null;
  voidedAt: string | null;
  voidReason: string | null;
  proof: ProofView | null;
}

/** The Art. 518 exposure of a late or overdue notice (domain.md §6), shown to the owner. */
export interface LatenessView {
  /** Working days past the deadline: of the filing, or as of now when not yet filed. */
  workingDays: number;
  fine: Fine;
  businessSize: 'individual' | 'small' | 'medium' | 'large';
  /** Recorded late filings in the last 12 months, this one included. */
  lateInYear: number;
  /** Art. 48: two or more penalties within 12 months stop invitations being considered. */
  article48: boolean;
}

export interface FamilyMember {
  stayId: number;
  guestId: number;
  surname: string;
  givenNames: string;
  /** The member's host's notice, when one is owed (not for citizens of Kazakhstan). */
  notificationId: number | null;
  state: FilingState | null;
  /** Travels on this guest's document: VMP's children section. */
  onThisDocument: boolean;
}

export interface FilingView {
  notice: NoticeView;
  state: FilingState;
  portal: Portal;
  usualPortal: Portal;
  stayId: number;
  guestId: number;
  room: string;
  stayStatus: 'in_house' | 'absent' | 'checked_out' | 'cancelled';
  /** As recorded: Russian words about the guest agree with it. */
  sex: 'M' | 'F' | 'X' | null;
  /**
   * The stay's place when the host has two or more (domain.md §10, "Per place"): the portal asks
   * for it, and the address field holds its address. Null with one place: nothing to choose.
   */
  place?: { name: string; address: string; region: string } | null;
  fields: PortalFieldValue[];
  missing: PortalFieldKey[];
  /** No required value is missing. */
  ready: boolean;
  /**
   * What stands in the way on this portal beside missing values; words in
   * `notifications:portal_note.<code>`. `eqonaq_check_in_too_old`: e-Qonaq takes a check-in of
   * today or the two days before only (domain.md §5), so a later filing goes to VMP.
   */
  portalNotes: Array<'eqonaq_check_in_too_old'>;
  /**
   * Portals that cannot take this notice at all: e-Qonaq once a notice still owed was checked in
   * before the day before yesterday (domain.md §5). The panel opens on another and marks it filed
   * there by default.
   */
  closedPortals: Portal[];
  /** VMP's children section: children on this guest's document, each with their values. */
  children: Array<{ stayId: number; guestId: number; fields: PortalFieldValue[] }>;
  /** Everyone checked in together (same group), for filing a family in one sitting. */
  family: FamilyMember[];
  /** The portal's checklist (shared/filing/portal-steps.ts) and the steps done. */
  steps: string[];
  done: string[];
  filings: FilingRecordView[];
  /** Failed portal attempts, the latest first. */
  attempts: PortalAttemptView[];
  /** Owner and manager only; null when on time or not due. */
  lateness: LatenessView | null;
}

export type AttachProofResult =
  | { attached: true; notice: NoticeView; proof: ProofView }
  | {
      attached: false;
      /** Whom the notice is for, e.g. `TAYLOR EMMA (P1234567)`. */
      expected: string;
      /** Whom the PDF names, best effort; null when no name could be read. */
      found: string | null;
      /** The PDF has no text layer at all (a scan): nothing could be checked. */
      noText: boolean;
    };

export interface ShiftReportView {
  id: number;
  createdAt: string;
  createdBy: StaffRef | null;
  language: Language;
  inHouse: number;
  open: number;
  sha256: string;
  signedAt: string | null;
  signedBy: StaffRef | null;
}

export interface ReminderItem {
  notificationId: number;
  kind: TaskKind;
  state: FilingState;
  surname: string;
  givenNames: string;
  room: string;
  dueDate: string | null;
}

export interface Reminders {
  asOf: string;
  overdue: ReminderItem[];
  dueToday: ReminderItem[];
  /** Accepted by the portal but no PDF appeared: file again, whatever the deadline. */
  noPdf: ReminderItem[];
}

export interface NotificationSettings {
  usualPortal: Portal;
  /** Minutes between reminders; 0 = only at start. */
  reminderMinutes: number;
  desktopNotifications: boolean;
}

const id = z.number().int().positive();
const reason = text(500).min(3, { message: 'reason.required' });

export const notificationsMethods = {
  /** Every owed notice not yet proven (departed guests included), grouped and sorted by deadline. */
  'notifications.board': read<BoardView>()(
    z
      .object({
        portal: z.enum(PORTALS).optional(),
        room: text(20).optional(),
        staffId: id.optional(),
      })
      .strict(),
    STAFF,
  ),
  /** The board's group counts only, for the navigation and the dock badge. */
  'notifications.counts': read<NotificationCounts>()(emptyInput, STAFF),
  /** What is due today and overdue now, for the start and hourly reminders. */
  'notifications.reminders': read<Reminders>()(emptyInput, STAFF),
  /** A notice as the filing panel shows it for one portal. */
  'notifications.filing': read<FilingView>()(
    z.object({ notificationId: id, portal: z.enum(PORTALS).optional() }).strict(),
    STAFF,
  ),
  /** Record that a notice was filed on a portal, or that the portal accepted it but gave no PDF. */
  'notifications.markFiled': write<NoticeView>()(
    z
      .object({
        notificationId: id,
        portal: z.enum(PORTALS),
        filedAt: instantSchema,
        reference: text(100),
        /** Who filed; the acting staff member when absent. */
        filedBy: id.optional(),
        outcome: z.enum(['filed', 'no_pdf']).default('filed'),
        /**
         * VMP only: also record as filed, by the same filing, the children travelling on this
         * guest's document (VMP's children section names them in the parent's notice).
         */
        includeChildren: z.boolean().default(false),
      })
      .strict(),
    STAFF,
  ),
  /** Saves the checklist progress of a notice on one portal. */
  'notifications.saveProgress': write<{ state: FilingState; done: string[] }>()(
    z
      .object({
        notificationId: id,
        portal: z.enum(PORTALS),
        done: z.array(z.string().regex(/^[a-z_]{1,40}$/)).max(20),
      })
      .strict(),
    STAFF,
  ),
  /** Fixes a filing's portal, time or reference, with a reason. */
  'notifications.correctFiling': write<NoticeView>()(
    z
      .object({
        notificationId: id,
        reason,
        portal: z.enum(PORTALS).optional(),
        filedAt: instantSchema.optional(),
        reference: text(100).optional(),
      })
      .strict(),
    STAFF,
  ),
  /** Takes a filing back (it was never made, or made for the wrong guest), with a reason. */
  'notifications.undoFiling': write<NoticeView>()(
    z.object({ notificationId: id, reason }).strict(),
    STAFF,
  ),
  /**
   * Attaches the portal's notice PDF (by file id) to the notice's filing. The PDF's text must name
   * the guest's document number or surname; otherwise nothing is kept unless `confirmMismatch`.
   */
  'notifications.attachProof': job<AttachProofResult>()(
    z
      .object({
        notificationId: id,
        fileId: fileIdSchema,
        confirmMismatch: z.boolean().default(false),
      })
      .strict(),
    STAFF,
  ),
  /** Removes a wrongly attached PDF, with a reason (the record of it stays in the audit log). */
  'notifications.removeProof': write<NoticeView>()(
    z.object({ notificationId: id, reason }).strict(),
    STAFF,
  ),
  /**
   * "The portal did not accept it": records when, on which portal, what it said (text, or a
   * screenshot handed in as a file) and who tried. Audited; the notice stays owed.
   */
  'notifications.recordAttempt': job<{ notice: NoticeView; attempt: PortalAttemptView }>()(
    z
      .object({
        notificationId: id,
        portal: z.enum(ATTEMPT_PORTALS),
        attemptedAt: instantSchema,
        message: text(ATTEMPT_MESSAGE_MAX).default(''),
        fileId: fileIdSchema.optional(),
        /** Who tried; the acting staff member when absent. */
        triedBy: id.optional(),
      })
      .strict()
      .refine((a) => a.message !== '' || a.fileId !== undefined, {
        message: 'attempt.empty',
        path: ['message'],
      }),
    STAFF,
  ),
  /**
   * The notice on paper, in Russian and Kazakh, for filing in person at the migration police
   * (domain.md §10): the host, the guest in the portals' order, the date and a signature line.
   */
  'notifications.paperNotice': job<FileRef>()(z.object({ notificationId: id }).strict(), STAFF),
  /** An attempt's screenshot as a file to open or download. */
  'notifications.attemptScreenshot': read<FileRef>()(z.object({ attemptId: id }).strict(), STAFF),
  /** The attached PDF as a file to open or download. */
  'notifications.proofFile': read<FileRef>()(z.object({ proofId: id }).strict(), STAFF),
  /** Order 923 tasks: the guest's own registration seen, or the host's confirmation given. */
  'notifications.completeTask': write<NoticeView>()(
    z.object({ notificationId: id, doneAt: instantSchema, note: text(500) }).strict(),
    STAFF,
  ),
  /** The guest's order-923 sheet (their own registration date and what to do) as a PDF. */
  'notifications.guestSheet': job<FileRef>()(
    z.object({ stayId: id, language: languageSchema }).strict(),
    STAFF,
  ),
  /** The end-of-shift report: in-house foreign guests and every open notice, as a PDF. */
  'notifications.shiftReport': job<ShiftReportView & { file: FileRef }>()(
    z.object({ language: languageSchema }).strict(),
    AUDITORS,
  ),
  /**
   * The night auditor signs the report off (recorded and audited) and gets the signed PDF: who
   * signed, when, and the audit chain's head at that moment.
   */
  'notifications.signShiftReport': job<ShiftReportView & { file: FileRef }>()(
    z.object({ reportId: id }).strict(),
    AUDITORS,
  ),
  'notifications.settings': read<NotificationSettings>()(emptyInput, STAFF),
  'notifications.saveSettings': write<NotificationSettings>()(
    z
      .object({
        usualPortal: z.enum(PORTALS),
        reminderMinutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60),
        desktopNotifications: z.boolean(),
      })
      .strict(),
    OWNERS,
  ),
};
