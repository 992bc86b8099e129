import crypto from 'node:crypto';
import {
  AppFailure,
  checkCheckIn,
  type CheckInInput,
  type CheckInResult,
  type DocumentInput,
  type FieldIssue,
  type GuestEntryInput,
  type PersonInput,
} from '../../../shared/contract';
import { kzDateOf } from '../../../shared/rules';
import type { WriteContext } from '../context';
import type { StoredDocument } from '../db/repos/guest-repo';
import type { ServiceDeps } from './deps';
import { placeForStay } from './places-service';
import { createNotices } from './notices';
import { composeStayDetail, limitOf, type StayParts } from './stay-views';

export function invalid(issues: FieldIssue[]): never {
  throw new AppFailure('api.invalid_input', { issues });
}

const norm = (v: string) => v.trim().toUpperCase();

/** Name and birth date: what tells two people apart. A birth date missing on one side is no clash. */
function sameIdentity(a: PersonInput, b: PersonInput): boolean {
  return (
    norm(a.surname) === norm(b.surname) &&
    norm(a.givenNames) === norm(b.givenNames) &&
    (a.birthDate === null || b.birthDate === null || a.birthDate === b.birthDate)
  );
}

const IDENTITY_FIELDS = [
  'surname',
  'givenNames',
  'patronymic',
  'birthDate',
  'sex',
  'citizenship',
] as const;

/** Asks the desk, on the entry's surname, whether this is the recorded person. */
function ask(
  i: number,
  { code, guestId, person }: { code: string; guestId: number; person: PersonInput },
): never {
  invalid([
    {
      field: `guests.${i}.person.surname`,
      code,
      params: {
        guestId,
        name: [person.surname, person.givenNames].filter(Boolean).join(' '),
        birthDate: person.birthDate ?? '',
      },
    },
  ]);
}

/**
 * The guest record for an entry. A document or a name and birth date already on record only
 * suggests who this is: when the recorded person differs, the desk is asked (issue 7), so one
 * check-in never rewrites another person and one person never becomes two records. A change to
 * a recorded identity is audited with its values before and after.
 */
function resolveGuest(
  deps: ServiceDeps,
  g: GuestEntryInput,
  i: number,
  ctx: WriteContext,
  at: string,
): { guestId: number; person: PersonInput; document: StoredDocument | null } {
  const { guests } = deps.repos;
  const existingDoc = g.document
    ? guests.documentByKey(g.document.issuingState, g.document.number)
    : null;
  let guestId = g.guestId;
  if (guestId !== null && !guests.get(guestId)) throw new AppFailure('not_found');
  if (existingDoc && guestId !== null && existingDoc.guestId !== guestId) {
    invalid([{ field: `guests.${i}.document.number`, code: 'document.belongs_to_other_guest' }]);
  }
  if (guestId === null && existingDoc) {
    const holder = guests.get(existingDoc.guestId)!;
    if (sameIdentity(holder, g.person) || g.identity === 'same_person') {
      guestId = existingDoc.guestId;
    } else if (g.identity === 'other_person') {
      invalid([{ field: `guests.${i}.document.number`, code: 'document.belongs_to_other_guest' }]);
    } else {
      ask(i, {
        code: 'guest.document_holder_differs',
        guestId: existingDoc.guestId,
        person: holder,
      });
    }
  }
  if (guestId === null && g.person.birthDate !== null && g.identity !== 'other_person') {
    const twin = guests
      .byNameAndBirth(g.person.surname, g.person.birthDate)
      .find((m) => sameIdentity(m.person, g.person));
    if (twin && g.identity === 'same_person') guestId = twin.id;
    else if (twin) ask(i, { code: 'guest.same_name_birth', guestId: twin.id, person: twin.person });
  }
  let person: PersonInput;
  if (guestId === null) {
    ({ id: guestId, person } = guests.insert(g.person, at));
  } else {
    const before = guests.get(guestId)!;
    person = guests.update(guestId, g.person, at)!;
    const changed = IDENTITY_FIELDS.filter((f) => before[f] !== g.person[f]);
    if (changed.length) {
      ctx.audit('guest.identity_change', 'guest', guestId, {
        fields: changed,
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, g.person[f]])),
      });
    }
  }
  return {
    guestId,
    person,
    document: g.document
      ? saveDocument(deps, guestId, g.document, existingDoc?.id ?? null, at)
      : null,
  };
}

function saveDocument(
  deps: ServiceDeps,
  guestId: number,
  d: DocumentInput,
  existing: number | null,
  at: string,
): StoredDocument {
  if (existing === null) return deps.repos.guests.insertDocument(guestId, d, at);
  return deps.repos.guests.updateDocument(existing, d)!;
}

/**
 * One transaction: guests, documents, stays, check-in events and every notice owed. The
 * confirmation is built from the rows as the writes returned them, not read back
 * (check-in-result.test.ts holds it equal to `stays.get` of each stay).
 */
export function checkIn(deps: ServiceDeps, input: CheckInInput, ctx: WriteContext): CheckInResult {
  const now = ctx.now();
  const issues = checkCheckIn(input, now);
  if (issues.length) invalid(issues);
  const at = now.toISOString();
  const checkInAt = new Date(input.checkInAt).toISOString();
  const eventDate = kzDateOf(new Date(input.checkInAt));
  const groupId = crypto.randomUUID();
  const placeId = placeForStay(deps, input.placeId);
  const resolved = input.guests.map((g, i) => resolveGuest(deps, g, i, ctx, at));
  const written = input.guests.map((g, i): Omit<StayParts, 'companions'> => {
    const { guestId, person, document } = resolved[i]!;
    if (deps.repos.stays.activeStayOf(guestId) !== null) {
      invalid([{ field: `guests.${i}.person.surname`, code: 'guest.already_in_house' }]);
    }
    const stay = deps.repos.stays.insert({
      guestId,
      documentId: document?.id ?? null,
      onDocumentOf: g.onDocumentOf === null ? null : resolved[g.onDocumentOf]!.guestId,
      groupId,
      room: input.room,
      checkInAt,
      checkInDate: eventDate,
      plannedCheckOut: input.plannedCheckOut,
      purposeCode: input.purposeCode,
      visaNumber: g.visaNumber,
      visaValidUntil: g.visaValidUntil,
      entryDate: g.entryDate,
      consentAt: at,
      consentBy: ctx.staff.id,
      placeId,
      at,
    });
    const stayId = stay.id;
    if (input.consentLanguage) deps.repos.privacy.setConsentLanguage(stayId, input.consentLanguage);
    const event = deps.repos.stays.addEvent(
      stayId,
      'check_in',
      checkInAt,
      eventDate,
      { room: input.room },
      ctx.staff.id,
    );
    const notices = createNotices(
      deps,
      {
        stayId,
        eventId: event.id,
        event: 'check_in',
        eventDate,
        citizenship: g.person.citizenship,
        entryDate: g.entryDate,
        plannedCheckOut: input.plannedCheckOut,
      },
      at,
    );
    ctx.audit('stay.check_in', 'stay', stayId, {
      guestId,
      room: input.room,
      placeId,
      checkInAt,
      groupId,
      notices: notices.map((n) => n.id),
      consent: { at, staffId: ctx.staff.id },
    });
    const parent = g.onDocumentOf === null ? null : resolved[g.onDocumentOf]!.person;
    const stayLimit = limitOf(deps, stay, ctx.now(), person, document?.expiryDate ?? null);
    return { stay, person, document, parent, notices, events: [event], stayLimit };
  });
  const calendar = deps.calendar.get();
  return {
    groupId,
    // Companions: the others of this check-in, in the order they were saved (a new group).
    stays: written.map((w) =>
      composeStayDetail(
        {
          ...w,
          companions: written
            .filter((o) => o.stay.id !== w.stay.id)
            .map((o) => ({
              stayId: o.stay.id,
              room: o.stay.room,
              surname: o.person.surname,
              givenNames: o.person.givenNames,
            })),
        },
        calendar,
        now,
      ),
    ),
  };
}
