import crypto from 'node:crypto';
import {
  AppFailure,
  checkCheckIn,
  type CheckInInput,
  type DocumentInput,
  type FieldIssue,
  type GuestEntryInput,
} from '../../../shared/contract';
import { kzDateOf } from '../../../shared/rules';
import type { WriteContext } from '../context';
import type { ServiceDeps } from './deps';
import { createNotices } from './notices';

export function invalid(issues: FieldIssue[]): never {
  throw new AppFailure('api.invalid_input', { issues });
}

/**
 * The guest record for an entry: the one picked, else the owner of the same document, else a
 * new one, so one person never becomes two records; a new passport becomes a new document of
 * the same guest.
 */
function resolveGuest(
  deps: ServiceDeps,
  g: GuestEntryInput,
  i: number,
  at: string,
): { guestId: number; documentId: number | null } {
  const { guests } = deps.repos;
  const existingDoc = g.document
    ? guests.documentByKey(g.document.issuingState, g.document.number)
    : null;
  let guestId = g.guestId;
  if (guestId !== null && !guests.get(guestId)) throw new AppFailure('not_found');
  if (existingDoc && guestId !== null && existingDoc.guestId !== guestId) {
    invalid([{ field: `guests.${i}.document.number`, code: 'document.belongs_to_other_guest' }]);
  }
  guestId ??= existingDoc?.guestId ?? null;
  if (guestId === null) guestId = guests.insert(g.person, at);
  else guests.update(guestId, g.person, at);
  return {
    guestId,
    documentId: g.document
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
) {
  if (existing === null) return deps.repos.guests.insertDocument(guestId, d, at);
  deps.repos.guests.updateDocument(existing, d);
  return existing;
}

/** One transaction: guests, documents, stays, check-in events and every notice owed. */
export function checkIn(
  deps: ServiceDeps,
  input: CheckInInput,
  ctx: WriteContext,
): { groupId: string; stayIds: number[] } {
  const now = ctx.now();
  const issues = checkCheckIn(input, now);
  if (issues.length) invalid(issues);
  const at = now.toISOString();
  const checkInAt = new Date(input.checkInAt).toISOString();
  const eventDate = kzDateOf(new Date(input.checkInAt));
  const groupId = crypto.randomUUID();
  const resolved = input.guests.map((g, i) => resolveGuest(deps, g, i, at));
  const stayIds = input.guests.map((g, i) => {
    const { guestId, documentId } = resolved[i]!;
    if (deps.repos.stays.activeStayOf(guestId) !== null) {
      invalid([{ field: `guests.${i}.person.surname`, code: 'guest.already_in_house' }]);
    }
    const stayId = deps.repos.stays.insert({
      guestId,
      documentId,
      onDocumentOf: g.onDocumentOf === null ? null : resolved[g.onDocumentOf]!.guestId,
      groupId,
      room: input.room,
      checkInAt,
      checkInDate: eventDate,
      plannedCheckOut: input.plannedCheckOut,
      purposeCode: input.purposeCode,
      visaNumber: g.visaNumber,
      entryDate: g.entryDate,
      consentAt: at,
      consentBy: ctx.staff.id,
      at,
    });
    const eventId = deps.repos.stays.addEvent(
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
        eventId,
        event: 'check_in',
        eventDate,
        citizenship: g.person.citizenship,
        entryDate: g.entryDate,
      },
      at,
    );
    ctx.audit('stay.check_in', 'stay', stayId, {
      guestId,
      room: input.room,
      checkInAt,
      groupId,
      notices,
      consent: { at, staffId: ctx.staff.id },
    });
    return stayId;
  });
  return { groupId, stayIds };
}
