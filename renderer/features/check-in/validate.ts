import { consentGiver, hasConsent } from './consent';
import { checkCheckIn } from '../../../shared/contract';
import { isKnownCitizenship, mrzCodeToIso } from '../../../shared/documents/countries';
import { filingGaps } from '../../../shared/filing/check-in-needs';
import type {
  CheckInInput,
  DocumentInput,
  FieldIssue,
  GuestEntryInput,
  PersonInput,
} from '../../../shared/contract';
import { kzInstant, kzToday, parseDateText, parseTimeText } from './date-text';
import type { GuestDraft, StayDraft } from './draft';

// The same checks the contract makes, done before sending so a slip is shown on its field at
// once; issue paths are the contract's (`guests.0.person.birthDate`), so the server's issues
// and these land on the same fields.

export class Collector {
  readonly issues: FieldIssue[] = [];
  add(field: string, code: string, params?: Record<string, string | number>) {
    this.issues.push({ field, code, ...(params ? { params } : {}) });
  }
  /** Issues found by the contract's shared checks, each field and code once. */
  merge(found: FieldIssue[]) {
    for (const i of found) {
      if (!this.issues.some((o) => o.field === i.field && o.code === i.code)) this.issues.push(i);
    }
  }
  date(field: string, text: string): string | null {
    const r = parseDateText(text);
    if (r.ok) return r.value;
    this.add(field, r.code);
    return null;
  }
}

const upper = (s: string) => s.trim().toUpperCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function person(c: Collector, g: GuestDraft, at: string): PersonInput {
  if (!g.surname.trim()) c.add(`${at}person.surname`, 'required');
  const citizenship = upper(g.citizenship);
  if (!citizenship) c.add(`${at}person.citizenship`, 'required');
  else if (!isKnownCitizenship(citizenship))
    c.add(`${at}person.citizenship`, 'citizenship.unknown');
  const birthDate = c.date(`${at}person.birthDate`, g.birthDate);
  if (g.email.trim() && !EMAIL.test(g.email.trim())) c.add(`${at}person.email`, 'email.invalid');
  return {
    surname: g.surname.trim(),
    givenNames: g.givenNames.trim(),
    patronymic: g.patronymic.trim(),
    citizenship,
    birthDate,
    sex: g.sex || null,
    phone: g.phone.trim(),
    email: g.email.trim(),
  };
}

function document(c: Collector, g: GuestDraft, at: string): DocumentInput | null {
  if (!g.ownDocument) return null;
  // Spaces and dashes are how people copy a number from the page; the portals take neither.
  const number = upper(g.documentNumber).replace(/[\s-]/g, '');
  if (!number) c.add(`${at}document.number`, 'required');
  else if (!/^[A-Z0-9]+$/.test(number)) c.add(`${at}document.number`, 'document.number_format');
  const issueDate = c.date(`${at}document.issueDate`, g.issueDate);
  const expiryDate = c.date(`${at}document.expiryDate`, g.expiryDate);
  const issuing = upper(g.issuingState);
  return {
    typeCode: g.documentType,
    number,
    series: g.documentSeries.trim(),
    issuingState: mrzCodeToIso(issuing)?.code ?? issuing,
    issueDate,
    expiryDate,
  };
}

/** The MRZ issues still standing on a guest's fields, as issues of the contract's paths. */
function mrzIssues(c: Collector, g: GuestDraft, at: string) {
  for (const i of g.mrzIssues) if (i.blocking) c.add(`${at}mrz.${i.field}`, i.code);
  // A number read from a photo that could read otherwise: not saved until checked on the page.
  for (const d of g.mrzDoubts) {
    if (d.field === 'documentNumber') c.add(`${at}document.number`, 'mrz.unconfirmed');
  }
}

export interface GuestParts {
  person: PersonInput;
  document: DocumentInput | null;
  visaNumber: string;
  visaValidUntil: string | null;
  entryDate: string | null;
}

/** One guest's person, document and entry data; `at` is the issue path prefix (`guests.0.`). */
export function guestParts(c: Collector, g: GuestDraft, at: string, today: string): GuestParts {
  mrzIssues(c, g, at);
  const entryDate = c.date(`${at}entryDate`, g.entryDate);
  if (entryDate && entryDate > today) c.add(`${at}entryDate`, 'date.future');
  return {
    person: person(c, g, at),
    document: document(c, g, at),
    visaNumber: g.visaNumber.trim(),
    visaValidUntil: c.date(`${at}visaValidUntil`, g.visaValidUntil),
    entryDate,
  };
}

/** The check-in moment from the form's date and time (Kazakhstan time). */
export function checkInAt(
  c: Collector,
  stay: StayDraft,
): { at: string | null; date: string | null } {
  const date = c.date('checkInAt', stay.checkInDate);
  if (!stay.checkInDate.trim()) c.add('checkInAt', 'required');
  const time = parseTimeText(stay.checkInTime);
  if (!time) c.add('checkInTime', 'time.invalid');
  return { at: date && time ? kzInstant(date, time) : null, date };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function buildCheckIn(
  stay: StayDraft,
  guests: GuestDraft[],
  now: Date = new Date(),
): Checked<CheckInInput> {
  const c = new Collector();
  const today = kzToday(now);
  if (!stay.room.trim()) c.add('room', 'required');
  const at = checkInAt(c, stay);
  const plannedCheckOut = c.date('plannedCheckOut', stay.plannedCheckOut);
  const entries = guests.map((g, i): GuestEntryInput => {
    const prefix = `guests.${i}.`;
    const parts = guestParts(c, g, prefix, today);
    let onDocumentOf: number | null = null;
    if (!g.ownDocument) {
      const holder = g.onDocumentOf === null ? undefined : guests[g.onDocumentOf];
      if (g.onDocumentOf === null || g.onDocumentOf >= i || !holder?.ownDocument) {
        c.add(`${prefix}onDocumentOf`, 'required');
      } else onDocumentOf = g.onDocumentOf;
    }
    // A child's consent is the parent's: its issue is said once, on the parent's box.
    if (!hasConsent(guests, i, now) && (consentGiver(guests, i, now) ?? i) === i) {
      c.add(`${prefix}consent`, 'consent.required');
    }
    return {
      guestId: g.guestId,
      ...parts,
      onDocumentOf,
      consent: true,
      ...(g.identity ? { identity: g.identity } : {}),
    };
  });
  if (!at.at) return { ok: false, issues: c.issues };
  const value: CheckInInput = {
    room: stay.room.trim(),
    checkInAt: at.at,
    plannedCheckOut,
    purposeCode: stay.purposeCode,
    guests: entries,
    ...(stay.placeId !== null ? { placeId: stay.placeId } : {}),
  };
  // The form names a missing holder on its own field (`onDocumentOf`), not on `document`.
  c.merge(checkCheckIn(value, now).filter((i) => !i.field.endsWith('.document')));
  // What the portal will need and the scan cannot give (the date of issue, the departure) is
  // asked now, not found missing on the board at 2 a.m.; a field already at fault says why once.
  c.merge(filingGaps(value).filter((g) => !c.issues.some((i) => i.field === g.field)));
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, value };
}
