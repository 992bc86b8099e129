import {
  AppFailure,
  checkGuestFacts,
  checkStayFacts,
  type GuestMatch,
  type StayDetail,
} from '../../../shared/contract';
import { addDays, kzDateOf } from '../../../shared/rules';
import type { WriteContext } from '../context';
import type { StayRecord } from '../db/repos/stay-repo';
import type { HandlersFor } from '../handlers';
import { invalid } from './check-in';
import { checkInOnce } from './check-in-once';
import type { ServiceDeps } from './deps';
import { checkDeskReach } from './desk-reach';
import { createNotices, recomputeNotices } from './notices';
import { stayLimitSettings } from './stay-limits';
import { placeForStay } from './places-service';
import { inHouse, stayDetail } from './stay-views';

/** Order 923's threshold the owner set (rules data), or null: every stay, as before. */
const threshold = (deps: ServiceDeps): number | null =>
  deps.ruleSettings().stayLimits?.selfRegistrationMinDays ?? null;

type StayMethods =
  | 'guests.match'
  | 'guests.earlierStays'
  | 'stays.checkIn'
  | 'stays.inHouse'
  | 'stays.get'
  | 'stays.update'
  | 'stays.changeRoom'
  | 'stays.extend'
  | 'stays.markAbsent'
  | 'stays.markReturned'
  | 'stays.checkOut'
  | 'stays.cancel';

const ACTIVE = ['in_house', 'absent'] as const;

export function staysHandlers(deps: ServiceDeps): HandlersFor<StayMethods> {
  const { repos } = deps;

  /** Loads a stay for a lifecycle action, refusing one in the wrong state. */
  const load = (stayId: number, allowed: readonly StayRecord['status'][]): StayRecord => {
    const stay = repos.stays.get(stayId);
    if (!stay) throw new AppFailure('not_found');
    if (!allowed.includes(stay.status)) {
      throw new AppFailure('conflict', { params: { status: stay.status } });
    }
    return stay;
  };

  /** Applies a change to a stay with its event and audit entry, then returns the fresh detail. */
  const change = (
    ctx: WriteContext,
    stay: StayRecord,
    next: StayRecord,
    event: {
      kind: Parameters<typeof repos.stays.addEvent>[1];
      at: string;
      details: Record<string, unknown>;
    },
  ): StayDetail => {
    const at = ctx.now().toISOString();
    repos.stays.save(next, at);
    const eventDate = kzDateOf(new Date(event.at));
    const eventId = repos.stays.addEvent(
      stay.id,
      event.kind,
      event.at,
      eventDate,
      event.details,
      ctx.staff.id,
    ).id;
    let notices: number[] = [];
    if (event.kind === 'return') {
      // domain.md §1: the Ministry's view is that the host notifies again after any temporary
      // absence; the clock runs from the return date.
      const person = repos.guests.get(stay.guestId)!;
      notices = createNotices(
        deps,
        {
          stayId: stay.id,
          eventId,
          event: 'return',
          eventDate,
          citizenship: person.citizenship,
          entryDate: stay.entryDate,
        },
        at,
      ).map((n) => n.id);
    }
    ctx.audit(`stay.${event.kind}`, 'stay', stay.id, {
      ...event.details,
      at: event.at,
      ...(notices.length ? { notices } : {}),
    });
    return stayDetail(deps, stay.id, ctx.now());
  };

  /** A moment the desk records (left, came back, checked out): not ahead of the clock, and
   *  not before what already happened to the stay. */
  const notBefore = (at: string, stay: StayRecord, field: string, now: Date) => {
    const when = new Date(at);
    if (when.getTime() - now.getTime() > 5 * 60_000) invalid([{ field, code: 'date.future' }]);
    if (kzDateOf(when) < stay.checkInDate) invalid([{ field, code: 'stay.before_check_in' }]);
    const last = repos.stays
      .events(stay.id)
      .filter((e) => e.kind !== 'edit')
      .at(-1);
    if (last && when.toISOString() < last.at) {
      invalid([{ field, code: 'stay.before_previous_event' }]);
    }
  };

  return {
    // The same spans the saved stay's check counts (stay-limits.ts), for a guest not yet staying.
    'guests.earlierStays': ({ guestId, from }) =>
      repos.stays.earlierStaysOf(
        guestId,
        0,
        from,
        addDays(from, -(stayLimitSettings(deps).capWindow - 1)),
      ),
    'guests.match': ({ documentNumber, surname, givenNames, birthDate }) => {
      const found = new Map<number, GuestMatch['matchedBy']>();
      if (documentNumber.length >= 3) {
        for (const d of repos.guests.documentsByNumber(documentNumber))
          found.set(d.guestId, 'document');
      }
      if (surname && birthDate) {
        for (const g of repos.guests.byNameAndBirth(surname, birthDate)) {
          if (!found.has(g.id)) found.set(g.id, 'name_birth');
        }
      } else if (surname.length >= 2 && givenNames.length >= 1) {
        for (const g of repos.guests.byName(surname, givenNames))
          if (!found.has(g.id)) found.set(g.id, 'name_birth');
      }
      return [...found].slice(0, 10).map(([guestId, matchedBy]) => ({
        guestId,
        matchedBy,
        person: repos.guests.get(guestId)!,
        documents: repos.guests.documentsOf(guestId).map(({ guestId: _g, ...d }) => d),
        lastStay: repos.stays.lastStayOf(guestId),
      }));
    },

    'stays.checkIn': (input, ctx) => checkInOnce(deps, input, ctx),

    'stays.inHouse': ({ query }, ctx) => inHouse(deps, query, ctx.now()),

    'stays.get': ({ stayId }, ctx) => {
      checkDeskReach(deps, ctx.staff, stayId);
      return stayDetail(deps, stayId, ctx.now());
    },

    'stays.update': (input, ctx) => {
      const stay = load(input.stayId, ['in_house', 'absent', 'checked_out']);
      const at = ctx.now().toISOString();
      const before = stayDetail(deps, stay.id, ctx.now());
      const checkInAt = new Date(input.checkInAt).toISOString();
      const checkInDate = kzDateOf(new Date(input.checkInAt));
      const issues = [
        ...checkStayFacts(input, ctx.now()),
        ...checkGuestFacts(input, checkInDate, kzDateOf(ctx.now())),
      ];
      if (input.document === null && stay.onDocumentOf === null) {
        issues.push({ field: 'document', code: 'document.required' });
      }
      if (issues.length) invalid(issues);
      const placeId =
        input.placeId === undefined ? stay.placeId : placeForStay(deps, input.placeId);
      repos.guests.update(stay.guestId, input.person, at);
      let documentId = stay.documentId;
      if (input.document) {
        const other = repos.guests.documentByKey(
          input.document.issuingState,
          input.document.number,
        );
        if (other && other.guestId !== stay.guestId) {
          invalid([{ field: 'document.number', code: 'document.belongs_to_other_guest' }]);
        }
        if (other) {
          repos.guests.updateDocument(other.id, input.document);
          documentId = other.id;
        } else if (documentId !== null) {
          repos.guests.updateDocument(documentId, input.document);
        } else {
          documentId = repos.guests.insertDocument(stay.guestId, input.document, at).id;
        }
      }
      repos.stays.save(
        {
          ...stay,
          documentId,
          checkInAt,
          checkInDate,
          plannedCheckOut: input.plannedCheckOut,
          purposeCode: input.purposeCode,
          visaNumber: input.visaNumber,
          visaValidUntil: input.visaValidUntil,
          entryDate: input.entryDate,
          placeId,
        },
        at,
      );
      const checkInEvent = repos.stays.events(stay.id).find((e) => e.kind === 'check_in');
      let recomputed = 0;
      if (checkInEvent) {
        repos.stays.moveEvent(checkInEvent.id, checkInDate, checkInAt);
        const deadlineInputsChanged =
          before.checkInDate !== checkInDate ||
          before.person.citizenship !== input.person.citizenship ||
          before.entryDate !== input.entryDate ||
          (threshold(deps) !== null && before.plannedCheckOut !== input.plannedCheckOut);
        if (deadlineInputsChanged) {
          recomputed = recomputeNotices(
            deps,
            {
              stayId: stay.id,
              eventId: checkInEvent.id,
              event: 'check_in',
              eventDate: checkInDate,
              citizenship: input.person.citizenship,
              entryDate: input.entryDate,
              plannedCheckOut: input.plannedCheckOut,
            },
            at,
          ).changed;
        }
      }
      repos.stays.addEvent(stay.id, 'edit', at, kzDateOf(ctx.now()), { recomputed }, ctx.staff.id);
      const after = stayDetail(deps, stay.id, ctx.now());
      ctx.audit('stay.edit', 'stay', stay.id, {
        before: {
          person: before.person,
          document: before.document,
          checkInAt: before.checkInAt,
          plannedCheckOut: before.plannedCheckOut,
          purposeCode: before.purposeCode,
          visaNumber: before.visaNumber,
          visaValidUntil: before.visaValidUntil,
          entryDate: before.entryDate,
          placeId: before.placeId,
        },
        after: {
          person: after.person,
          document: after.document,
          checkInAt,
          plannedCheckOut: input.plannedCheckOut,
          purposeCode: input.purposeCode,
          visaNumber: input.visaNumber,
          visaValidUntil: input.visaValidUntil,
          entryDate: input.entryDate,
          placeId,
        },
        noticesRecomputed: recomputed,
      });
      return after;
    },

    'stays.changeRoom': ({ stayId, room }, ctx) => {
      const stay = load(stayId, ACTIVE);
      // domain.md §1: a room change inside the same hotel is not a new notice.
      return change(
        ctx,
        stay,
        { ...stay, room },
        {
          kind: 'room_change',
          at: ctx.now().toISOString(),
          details: { from: stay.room, to: room },
        },
      );
    },

    'stays.extend': ({ stayId, plannedCheckOut }, ctx) => {
      const stay = load(stayId, ACTIVE);
      if (plannedCheckOut < stay.checkInDate)
        invalid([{ field: 'plannedCheckOut', code: 'stay.check_out_before_check_in' }]);
      // domain.md §10: with the owner's order 923 threshold set, an extension past it owes the
      // guest tasks of the check-in (and one back under it no longer does).
      if (threshold(deps) !== null) {
        const checkInEvent = repos.stays.events(stay.id).find((e) => e.kind === 'check_in');
        if (checkInEvent) {
          recomputeNotices(
            deps,
            {
              stayId: stay.id,
              eventId: checkInEvent.id,
              event: 'check_in',
              eventDate: stay.checkInDate,
              citizenship: repos.guests.get(stay.guestId)!.citizenship,
              entryDate: stay.entryDate,
              plannedCheckOut,
            },
            ctx.now().toISOString(),
          );
        }
      }
      return change(
        ctx,
        stay,
        { ...stay, plannedCheckOut },
        {
          kind: 'extend',
          at: ctx.now().toISOString(),
          details: { from: stay.plannedCheckOut, to: plannedCheckOut },
        },
      );
    },

    'stays.markAbsent': ({ stayId, at }, ctx) => {
      const stay = load(stayId, ['in_house']);
      notBefore(at, stay, 'at', ctx.now());
      return change(
        ctx,
        stay,
        { ...stay, status: 'absent' },
        { kind: 'absence', at: new Date(at).toISOString(), details: {} },
      );
    },

    'stays.markReturned': ({ stayId, at }, ctx) => {
      const stay = load(stayId, ['absent']);
      notBefore(at, stay, 'at', ctx.now());
      return change(
        ctx,
        stay,
        { ...stay, status: 'in_house' },
        { kind: 'return', at: new Date(at).toISOString(), details: {} },
      );
    },

    'stays.checkOut': ({ stayId, at }, ctx) => {
      const stay = load(stayId, ACTIVE);
      notBefore(at, stay, 'at', ctx.now());
      const iso = new Date(at).toISOString();
      // Notices still pending stay owed: the guest's departure does not cancel the host's duty.
      return change(
        ctx,
        stay,
        { ...stay, status: 'checked_out', checkedOutAt: iso },
        { kind: 'check_out', at: iso, details: {} },
      );
    },

    'stays.cancel': ({ stayId, reason }, ctx) => {
      const stay = load(stayId, ['in_house', 'absent', 'checked_out']);
      const at = ctx.now().toISOString();
      for (const n of repos.notifications.ofStay(stayId)) {
        if (n.state === 'pending') repos.notifications.setState(n.id, 'cancelled', at);
      }
      return change(
        ctx,
        stay,
        { ...stay, status: 'cancelled', cancelReason: reason },
        {
          kind: 'cancel',
          at,
          details: { reason, previousStatus: stay.status },
        },
      );
    },
  };
}
