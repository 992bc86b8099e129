import {
  AppFailure,
  type InHouseRow,
  type PersonInput,
  type StayDetail,
  type StayEventView,
} from '../../../shared/contract';
import { addDays, type WorkingCalendar } from '../../../shared/rules';
import type { StoredDocument } from '../db/repos/guest-repo';
import type { NotificationRecord } from '../db/repos/notification-repo';
import type { StayRecord } from '../db/repos/stay-repo';
import type { ServiceDeps } from './deps';
import { deadlineStatuses, noticeDetail, noticeView } from './notices';
import { stayLimitSettings, stayLimitView } from './stay-limits';

/** What a stay's detail is made of: the stored rows, as the repositories map them. */
export interface StayParts {
  stay: StayRecord;
  person: PersonInput;
  document: StoredDocument | null;
  /** The guest whose document this guest travels on (a child on a parent's passport). */
  parent: PersonInput | null;
  notices: NotificationRecord[];
  events: StayEventView[];
  companions: StayDetail['companions'];
  stayLimit?: StayDetail['stayLimit'];
}

/** The whole picture of one stay, as the detail panel and the after-save summary show it. */
export function stayDetail(deps: ServiceDeps, stayId: number, now: Date): StayDetail {
  const { repos } = deps;
  const stay = repos.stays.get(stayId);
  if (!stay) throw new AppFailure('not_found');
  return composeStayDetail(
    {
      stay,
      person: repos.guests.get(stay.guestId)!,
      document: stay.documentId ? repos.guests.document(stay.documentId) : null,
      parent: stay.onDocumentOf ? repos.guests.get(stay.onDocumentOf) : null,
      notices: repos.notifications.ofStay(stay.id),
      events: repos.stays.events(stay.id),
      companions: repos.stays.companions(stay.groupId, stay.id),
      stayLimit: limitOf(deps, stay, now),
    },
    deps.calendar.get(),
    now,
  );
}

/**
 * A stay's detail from its rows, read back (stayDetail) or just written (the check-in's
 * confirmation, which so needs no second read of what it wrote).
 */
export function composeStayDetail(
  { stay, person, document: doc, parent, notices, events, companions, stayLimit }: StayParts,
  calendar: WorkingCalendar,
  now: Date,
): StayDetail {
  return {
    stayId: stay.id,
    groupId: stay.groupId,
    status: stay.status,
    room: stay.room,
    checkInAt: stay.checkInAt,
    checkInDate: stay.checkInDate,
    plannedCheckOut: stay.plannedCheckOut,
    checkedOutAt: stay.checkedOutAt,
    purposeCode: stay.purposeCode,
    visaNumber: stay.visaNumber,
    visaValidUntil: stay.visaValidUntil,
    entryDate: stay.entryDate,
    consentAt: stay.consentAt,
    cancelReason: stay.cancelReason,
    placeId: stay.placeId,
    guestId: stay.guestId,
    person,
    document: doc
      ? {
          id: doc.id,
          typeCode: doc.typeCode,
          number: doc.number,
          series: doc.series,
          issuingState: doc.issuingState,
          issueDate: doc.issueDate,
          expiryDate: doc.expiryDate,
        }
      : null,
    onDocumentOf:
      parent && stay.onDocumentOf
        ? { guestId: stay.onDocumentOf, surname: parent.surname, givenNames: parent.givenNames }
        : null,
    notices: notices.map((n) => noticeDetail(n, calendar, now)),
    events,
    stayLimit: stayLimit ?? null,
    companions,
  };
}

/** The stay-limit check of an active stay (domain.md §10); a stay that has ended has none. */
export function limitOf(
  deps: ServiceDeps,
  stay: StayRecord,
  now: Date,
  person: PersonInput | null = null,
  documentExpiry: string | null = null,
): StayDetail['stayLimit'] {
  if (stay.status !== 'in_house' && stay.status !== 'absent') return null;
  const who = person ?? deps.repos.guests.get(stay.guestId);
  if (!who) return null;
  const expiry =
    documentExpiry ??
    (stay.documentId ? (deps.repos.guests.document(stay.documentId)?.expiryDate ?? null) : null);
  return stayLimitView(
    deps,
    {
      stayId: stay.id,
      guestId: stay.guestId,
      citizenship: who.citizenship,
      checkInDate: stay.checkInDate,
      entryDate: stay.entryDate,
      plannedCheckOut: stay.plannedCheckOut,
      documentExpiry: expiry,
      visaNumber: stay.visaNumber,
      visaValidUntil: stay.visaValidUntil,
    },
    now,
  );
}

/** Everyone staying now, with the notice of their latest arrival or return and open tasks. */
export function inHouse(deps: ServiceDeps, query: string, now: Date): InHouseRow[] {
  const calendar = deps.calendar.get();
  const rows = deps.repos.stays.inHouse(query);
  const shown = new Set(rows.map((r) => r.stayId));
  const byStay = new Map<number, ReturnType<typeof noticeView>[]>();
  const statusOf = deadlineStatuses(calendar, now);
  // One query for every active stay's notices, grouped here: no query per row; statuses are
  // computed only for the rows the search kept.
  for (const n of deps.repos.notifications.ofActiveStays()) {
    if (!shown.has(n.stayId)) continue;
    const list = byStay.get(n.stayId) ?? [];
    list.push(noticeView(n, calendar, now, statusOf));
    byStay.set(n.stayId, list);
  }
  const settings = stayLimitSettings(deps);
  // Every guest's earlier stays for the cap in one read, not one query per row: back from the
  // earliest day any row counts from.
  const starts = rows.map((r) => r.entryDate ?? r.checkInDate).sort();
  const earlierOf = starts.length
    ? deps.repos.stays.earlierStaysOfActive(addDays(starts[0]!, -(settings.capWindow - 1)))
    : undefined;
  return rows.map((r) => {
    const notices = byStay.get(r.stayId) ?? [];
    const hostNotices = notices.filter((n) => n.kind === 'host_notice');
    // An unfiled arrival notice must not hide behind a later return's: the earliest pending
    // deadline is the one the desk has to act on first.
    const pending = hostNotices
      .filter((n) => n.state === 'pending')
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    return {
      ...r,
      notice: pending[0] ?? hostNotices.at(-1) ?? null,
      tasks: notices.filter((n) => n.kind !== 'host_notice' && n.state === 'pending'),
      stayLimit: stayLimitView(
        deps,
        { ...r, documentExpiry: r.documentExpiry },
        now,
        settings,
        earlierOf,
      ),
    };
  });
}
