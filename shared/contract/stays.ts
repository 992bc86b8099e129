import { z } from 'zod';
import { isKnownCitizenship } from '../documents/countries';
import { VMP_DOCUMENT_TYPES, VMP_PURPOSES } from '../documents/vmp';
import type { CalendarStatus, DeadlineStatus, StayLimitResult, TaskKind, TraceDay } from '../rules';
import { instantSchema, isoDateSchema, languageSchema, text } from './common';
import { read, write, STAFF } from './define';
import type { OutboxEntryView } from './outbox';

const codes = <T extends { code: string }>(list: readonly T[]) =>
  list.map((e) => e.code) as [T['code'], ...T['code'][]];

export const citizenshipSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCitizenship, { message: 'citizenship.unknown' });

const optionalDate = isoDateSchema.nullable();
const email = z
  .string()
  .trim()
  .max(120, { message: 'too_long' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'email.invalid' });

/** Document numbers as the portals take them: Latin letters and digits only. */
export const documentNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, { message: 'required' })
  .max(20, { message: 'too_long' })
  .regex(/^[A-Z0-9]+$/, { message: 'document.number_format' });

export const documentInput = z
  .object({
    typeCode: z.enum(codes(VMP_DOCUMENT_TYPES)),
    number: documentNumberSchema,
    series: text(20),
    issuingState: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || isKnownCitizenship(v) || /^[A-Z]{3}$/.test(v), {
        message: 'citizenship.unknown',
      }),
    issueDate: optionalDate,
    expiryDate: optionalDate,
  })
  .strict();
export type DocumentInput = z.infer<typeof documentInput>;

export const personInput = z
  .object({
    surname: text(100).min(1, { message: 'required' }),
    givenNames: text(100),
    patronymic: text(100),
    citizenship: citizenshipSchema,
    birthDate: optionalDate,
    sex: z.enum(['M', 'F', 'X']).nullable(),
    phone: text(40),
    email,
  })
  .strict();
export type PersonInput = z.infer<typeof personInput>;

export const guestEntryInput = z
  .object({
    /** A known guest picked from the matches: the same person, never a second record. */
    guestId: z.number().int().positive().nullable(),
    person: personInput,
    /** Null for a child recorded without a document of their own. */
    document: documentInput.nullable(),
    /** For a child on a parent's document: that parent's index in `guests`. */
    onDocumentOf: z.number().int().min(0).nullable(),
    visaNumber: text(40),
    /** A visa holder may stay until this day (domain.md §10). */
    visaValidUntil: optionalDate.default(null),
    entryDate: optionalDate,
    /** The guest agreed to the processing of their personal data (Law 94-V, Art. 8). */
    consent: z.literal(true, { message: 'consent.required' }),
    /**
     * The desk's answer when a recorded guest shares this entry's document (under another name or
     * birth date) or its name and birth date: the same person (their record is corrected), or
     * another person (the document is refused; a name twin gets a record of their own). Absent,
     * the check-in stops and asks (`guest.identity_question`).
     */
    identity: z.enum(['same_person', 'other_person']).optional(),
  })
  .strict();
export type GuestEntryInput = z.infer<typeof guestEntryInput>;

export const checkInInput = z
  .object({
    room: text(20).min(1, { message: 'required' }),
    checkInAt: instantSchema,
    plannedCheckOut: optionalDate,
    purposeCode: z.enum(codes(VMP_PURPOSES)),
    guests: z
      .array(guestEntryInput)
      .min(1, { message: 'required' })
      .max(40, { message: 'too_long' }),
    /** The language the consent's words were shown in (the form's); recorded with the stay. */
    consentLanguage: languageSchema.optional(),
    /** The place of stay (domain.md §10, "Per place"); absent or null: the host's first place. */
    placeId: z.number().int().positive().nullable().optional(),
    /**
     * Set by a desk's outbox (issue 22): a retry with the same key returns the first check-in's
     * stays instead of making new ones; the same key with another body is refused.
     */
    idempotencyKey: z.string().uuid().optional(),
  })
  .strict();
export type CheckInInput = z.infer<typeof checkInInput>;

export interface NoticeView {
  id: number;
  kind: TaskKind;
  state: 'pending' | 'filed' | 'cancelled';
  /** Whether the clock started at the check-in or at a return after an absence. */
  event: 'check_in' | 'return';
  eventDate: string;
  dueDate: string | null;
  dueAt: string | null;
  calendar: CalendarStatus | null;
  rule: string;
  /** Null once filed or cancelled, or for a task without a due date. */
  status: DeadlineStatus | null;
}

export interface NoticeDetail extends NoticeView {
  trace: TraceDay[];
}

export interface InHouseRow {
  stayId: number;
  groupId: string;
  room: string;
  guestId: number;
  surname: string;
  givenNames: string;
  citizenship: string;
  birthDate: string | null;
  documentNumber: string | null;
  checkInAt: string;
  checkInDate: string;
  plannedCheckOut: string | null;
  status: 'in_house' | 'absent';
  /** The most urgent pending host's notice, else the latest; null for citizens of Kazakhstan. */
  notice: NoticeView | null;
  /** The guest's own registration and the host's confirmation (order 923), when owed. */
  tasks: NoticeView[];
  /** The last lawful day and whether the stay passes it; null for citizens of Kazakhstan. */
  stayLimit: StayLimitView | null;
}

/** The stay-limit check as the app shows it (shared/rules stayLimitFor), with the long-stay note. */
export type StayLimitView = StayLimitResult & {
  /** domain.md §10: the day of the stay a residence permit may be needed; null when switched off. */
  longStay: { day: string; due: boolean; days: number; source: string } | null;
};

export interface GuestMatch {
  guestId: number;
  person: PersonInput;
  documents: Array<DocumentInput & { id: number }>;
  lastStay: { room: string; checkInDate: string } | null;
  /** Why it was offered: the same document number, or the same name and birth date. */
  matchedBy: 'document' | 'name_birth';
}

export interface StayEventView {
  id: number;
  kind:
    'check_in' | 'room_change' | 'extend' | 'absence' | 'return' | 'check_out' | 'cancel' | 'edit';
  at: string;
  eventDate: string;
  details: Record<string, unknown>;
  staffName: string | null;
}

export interface StayDetail {
  stayId: number;
  groupId: string;
  status: 'in_house' | 'absent' | 'checked_out' | 'cancelled';
  room: string;
  checkInAt: string;
  checkInDate: string;
  plannedCheckOut: string | null;
  checkedOutAt: string | null;
  purposeCode: string | null;
  visaNumber: string;
  visaValidUntil: string | null;
  entryDate: string | null;
  consentAt: string | null;
  cancelReason: string | null;
  /** The place of stay it names (domain.md §10, "Per place"); null before the host had one. */
  placeId: number | null;
  guestId: number;
  person: PersonInput;
  document: (DocumentInput & { id: number }) | null;
  onDocumentOf: { guestId: number; surname: string; givenNames: string } | null;
  notices: NoticeDetail[];
  events: StayEventView[];
  /** The guest's last lawful day and whether the stay passes it (domain.md §10). */
  stayLimit: StayLimitView | null;
  /** Other people checked in in the same group (a family, a tour). */
  companions: Array<{ stayId: number; surname: string; givenNames: string; room: string }>;
}

export interface CheckInResult {
  groupId: string;
  stays: StayDetail[];
  /**
   * Set only by a joined desk whose host could not be reached (issue 22): the check-in was kept
   * in the desk's outbox, `stays` is empty, and it will be sent when the host is back.
   */
  queued?: OutboxEntryView;
}

const stayId = z.number().int().positive();

export const stayUpdateInput = z
  .object({
    stayId,
    person: personInput,
    document: documentInput.nullable(),
    checkInAt: instantSchema,
    plannedCheckOut: optionalDate,
    purposeCode: z.enum(codes(VMP_PURPOSES)),
    visaNumber: text(40),
    visaValidUntil: optionalDate.default(null),
    entryDate: optionalDate,
    /** Correct the place the stay names (a stay recorded at the wrong place); absent keeps it. */
    placeId: z.number().int().positive().optional(),
  })
  .strict();
export type StayUpdateInput = z.infer<typeof stayUpdateInput>;

export const staysMethods = {
  /** Earlier guests matching a document number, or a surname (+ given names) and birth date. */
  'guests.match': read<GuestMatch[]>()(
    z
      .object({
        documentNumber: z.string().trim().toUpperCase().max(20).default(''),
        surname: z.string().trim().max(100).default(''),
        givenNames: z.string().trim().max(100).default(''),
        birthDate: optionalDate.default(null),
      })
      .strict(),
    STAFF,
  ),
  /**
   * A returning guest's earlier stays at this hotel inside the 90-in-180 window that ends the day
   * before `from` (the entry, else the check-in), for the check-in form's stay-limit warning
   * (domain.md §10): only the spans the cap counts, nothing else of the guest's history.
   */
  'guests.earlierStays': read<Array<{ from: string; to: string }>>()(
    z.object({ guestId: z.number().int().positive(), from: isoDateSchema }).strict(),
    STAFF,
  ),
  /** Check one guest or a group in; creates the owed notifications in the same transaction. */
  'stays.checkIn': write<CheckInResult>()(checkInInput, STAFF),
  /** Everyone staying now (in house or temporarily away), by room; optional search text. */
  'stays.inHouse': read<InHouseRow[]>()(
    z.object({ query: z.string().trim().max(100).default('') }).strict(),
    STAFF,
  ),
  /** One stay with its guest, document, notices (with traces) and history. */
  'stays.get': read<StayDetail>()(z.object({ stayId }).strict(), STAFF),
  /** Correct a stay's data; deadlines are recomputed when what they depend on changes. */
  'stays.update': write<StayDetail>()(stayUpdateInput, STAFF),
  /** Move the guest to another room of this hotel: no new notice (domain.md §1). */
  'stays.changeRoom': write<StayDetail>()(
    z.object({ stayId, room: text(20).min(1, { message: 'required' }) }).strict(),
    STAFF,
  ),
  /** Move the planned check-out date. */
  'stays.extend': write<StayDetail>()(
    z.object({ stayId, plannedCheckOut: isoDateSchema }).strict(),
    STAFF,
  ),
  /** The guest has left for a while (a trip); their return owes a new notice. */
  'stays.markAbsent': write<StayDetail>()(z.object({ stayId, at: instantSchema }).strict(), STAFF),
  /** The guest is back after an absence: a new notice from the return date. */
  'stays.markReturned': write<StayDetail>()(
    z.object({ stayId, at: instantSchema }).strict(),
    STAFF,
  ),
  /** The guest has left for good. */
  'stays.checkOut': write<StayDetail>()(z.object({ stayId, at: instantSchema }).strict(), STAFF),
  /** Undo an entry made in error; its notices are cancelled and the reason kept in the audit log. */
  'stays.cancel': write<StayDetail>()(
    z.object({ stayId, reason: text(500).min(3, { message: 'reason.required' }) }).strict(),
    STAFF,
  ),
};
