import type { StayDetail, StayEventView } from '../../../../shared/contract';
import { kzDateOf } from '../../../../shared/rules';
import type { Db } from '../connection';

export type StayStatus = StayDetail['status'];
export type StayEventKind = StayEventView['kind'];

interface StayRow {
  id: number;
  guest_id: number;
  document_id: number | null;
  on_document_of: number | null;
  group_id: string;
  room: string;
  check_in_at: string;
  check_in_date: string;
  planned_check_out: string | null;
  checked_out_at: string | null;
  status: StayStatus;
  purpose_code: string | null;
  visa_number: string;
  visa_valid_until: string | null;
  entry_date: string | null;
  consent_at: string | null;
  consent_by: number | null;
  cancel_reason: string | null;
  place_id: number | null;
}

export interface StayRecord {
  id: number;
  guestId: number;
  documentId: number | null;
  onDocumentOf: number | null;
  groupId: string;
  room: string;
  checkInAt: string;
  checkInDate: string;
  plannedCheckOut: string | null;
  checkedOutAt: string | null;
  status: StayStatus;
  purposeCode: string | null;
  visaNumber: string;
  visaValidUntil: string | null;
  entryDate: string | null;
  consentAt: string | null;
  cancelReason: string | null;
  /** The place of stay it names (migration 0018); null only before the host had a place. */
  placeId: number | null;
}

interface InHouseRow {
  stay_id: number;
  group_id: string;
  room: string;
  guest_id: number;
  surname: string;
  given_names: string;
  citizenship: string;
  birth_date: string | null;
  document_number: string | null;
  check_in_at: string;
  check_in_date: string;
  planned_check_out: string | null;
  status: 'in_house' | 'absent';
  entry_date: string | null;
  visa_number: string;
  visa_valid_until: string | null;
  document_expiry: string | null;
}

export interface InHouseRecord {
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
  entryDate: string | null;
  visaNumber: string;
  visaValidUntil: string | null;
  documentExpiry: string | null;
}

const toRecord = (r: StayRow): StayRecord => ({
  id: r.id,
  guestId: r.guest_id,
  documentId: r.document_id,
  onDocumentOf: r.on_document_of,
  groupId: r.group_id,
  room: r.room,
  checkInAt: r.check_in_at,
  checkInDate: r.check_in_date,
  plannedCheckOut: r.planned_check_out,
  checkedOutAt: r.checked_out_at,
  status: r.status,
  purposeCode: r.purpose_code,
  visaNumber: r.visa_number,
  visaValidUntil: r.visa_valid_until,
  entryDate: r.entry_date,
  consentAt: r.consent_at,
  cancelReason: r.cancel_reason,
  placeId: r.place_id,
});

interface EventRow {
  id: number;
  kind: StayEventKind;
  at: string;
  event_date: string;
  details: string;
  staff_name: string | null;
}

const toEvent = (r: EventRow): StayEventView => ({
  id: r.id,
  kind: r.kind,
  at: r.at,
  eventDate: r.event_date,
  details: JSON.parse(r.details) as Record<string, unknown>,
  staffName: r.staff_name,
});

export type NewStay = Omit<StayRecord, 'id' | 'checkedOutAt' | 'cancelReason' | 'status'> & {
  consentBy: number;
  at: string;
};

/** Stays (one guest's time at the hotel) and the events of their lifecycle. */
export function createStayRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO stays (guest_id, document_id, on_document_of, group_id, room, check_in_at,
       check_in_date, planned_check_out, status, purpose_code, visa_number, entry_date,
       consent_at, consent_by, created_at, updated_at, visa_valid_until, place_id)
     VALUES (@guestId, @documentId, @onDocumentOf, @groupId, @room, @checkInAt, @checkInDate,
       @plannedCheckOut, 'in_house', @purposeCode, @visaNumber, @entryDate, @consentAt,
       @consentBy, @at, @at, @visaValidUntil, @placeId) RETURNING *`,
  );
  const byId = db.prepare('SELECT * FROM stays WHERE id = ?');
  const anyStay = db.prepare('SELECT 1 FROM stays LIMIT 1');
  const activeOfGuest = db.prepare(
    "SELECT id FROM stays WHERE guest_id = ? AND status IN ('in_house', 'absent') LIMIT 1",
  );
  const lastOfGuest = db.prepare(
    `SELECT room, check_in_date FROM stays WHERE guest_id = ? AND status != 'cancelled'
     ORDER BY check_in_at DESC LIMIT 1`,
  );
  const group = db.prepare(
    `SELECT s.id, s.room, g.surname, g.given_names FROM stays s JOIN guests g ON g.id = s.guest_id
     WHERE s.group_id = ? AND s.id != ? AND s.status != 'cancelled' ORDER BY s.id`,
  );
  const update = db.prepare(
    `UPDATE stays SET document_id = @documentId, room = @room, check_in_at = @checkInAt,
       check_in_date = @checkInDate, planned_check_out = @plannedCheckOut,
       checked_out_at = @checkedOutAt, status = @status, purpose_code = @purposeCode,
       visa_number = @visaNumber, visa_valid_until = @visaValidUntil, entry_date = @entryDate,
       cancel_reason = @cancelReason, place_id = @placeId,
       updated_at = @at
     WHERE id = @id`,
  );
  // Search by name, room or document number; the stays indexes keep this instant for a hotel.
  const inHouse = db.prepare(
    `SELECT s.id AS stay_id, s.group_id, s.room, s.guest_id, g.surname, g.given_names,
       g.citizenship, g.birth_date, d.number AS document_number, s.check_in_at, s.check_in_date,
       s.planned_check_out, s.status, s.entry_date, s.visa_number, s.visa_valid_until,
       d.expiry_date AS document_expiry
     FROM stays s
     JOIN guests g ON g.id = s.guest_id
     LEFT JOIN documents d ON d.id = s.document_id
     WHERE s.status IN ('in_house', 'absent')
       AND (@q = '' OR s.room LIKE @like ESCAPE '\\' OR g.surname LIKE @like ESCAPE '\\'
         OR g.given_names LIKE @like ESCAPE '\\' OR d.number LIKE @like ESCAPE '\\'
         OR (g.surname || ' ' || g.given_names) LIKE @like ESCAPE '\\'
         OR (g.given_names || ' ' || g.surname) LIKE @like ESCAPE '\\')
     ORDER BY s.room COLLATE NOCASE, g.surname, g.given_names`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO stay_events (stay_id, kind, at, event_date, details, staff_id)
     VALUES (?, ?, ?, ?, ?, ?)
     RETURNING id, kind, at, event_date, details,
       (SELECT s.name FROM staff s WHERE s.id = staff_id) AS staff_name`,
  );
  const updateEventDate = db.prepare('UPDATE stay_events SET event_date = ?, at = ? WHERE id = ?');
  const events = db.prepare(
    `SELECT e.id, e.kind, e.at, e.event_date, e.details, s.name AS staff_name
     FROM stay_events e LEFT JOIN staff s ON s.id = e.staff_id
     WHERE e.stay_id = ? ORDER BY e.id`,
  );
  // The guest's earlier stays here, for the 90-in-180 cap (domain.md §4): days known in Kazakhstan.
  const earlierOfGuest = db.prepare(
    `SELECT check_in_date, checked_out_at FROM stays
     WHERE guest_id = ? AND id != ? AND status = 'checked_out' AND checked_out_at IS NOT NULL
       AND check_in_date < ? AND check_in_date >= ? ORDER BY check_in_date`,
  );
  // The same for every guest staying now, in one read (In house, the board's Stay limit group).
  const earlierOfActive = db.prepare(
    `SELECT guest_id, id, check_in_date, checked_out_at FROM stays
     WHERE guest_id IN (SELECT guest_id FROM stays WHERE status IN ('in_house', 'absent'))
       AND status = 'checked_out' AND checked_out_at IS NOT NULL AND check_in_date >= ?
     ORDER BY check_in_date`,
  );
  // What the desk still has to do for a stay: the board's condition (board-repo), any notice or
  // task of the stay not yet proven.
  const deskReach = db.prepare(
    `SELECT 1 FROM stays s WHERE s.id = ? AND (s.status IN ('in_house', 'absent')
       OR (s.status != 'cancelled' AND EXISTS (SELECT 1 FROM notifications n
         WHERE n.stay_id = s.id AND n.state != 'cancelled' AND n.filing_state != 'proven')))`,
  );
  // Writes return the row as stored, mapped as the reads map it (see guest-repo).
  return {
    /** A stay in house (or away for a while), or with a notice or task still owed. */
    withinDeskReach: (id: number): boolean => deskReach.get(id) !== undefined,
    /** Whether any stay was ever recorded: a database in use, not a new one. */
    any: (): boolean => anyStay.get() !== undefined,
    insert: (s: NewStay): StayRecord => toRecord(insert.get(s) as StayRow),
    get: (id: number): StayRecord | null => {
      const r = byId.get(id) as StayRow | undefined;
      return r ? toRecord(r) : null;
    },
    activeStayOf: (guestId: number): number | null =>
      (activeOfGuest.get(guestId) as { id: number } | undefined)?.id ?? null,
    lastStayOf: (guestId: number): { room: string; checkInDate: string } | null => {
      const r = lastOfGuest.get(guestId) as { room: string; check_in_date: string } | undefined;
      return r ? { room: r.room, checkInDate: r.check_in_date } : null;
    },
    companions: (groupId: string, stayId: number) =>
      (
        group.all(groupId, stayId) as Array<{
          id: number;
          room: string;
          surname: string;
          given_names: string;
        }>
      ).map((r) => ({ stayId: r.id, room: r.room, surname: r.surname, givenNames: r.given_names })),
    save: (s: StayRecord, at: string): void => {
      update.run({ ...s, at });
    },
    inHouse: (query: string): InHouseRecord[] => {
      const q = query.trim();
      const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
      return (inHouse.all({ q, like }) as InHouseRow[]).map((r) => ({
        stayId: r.stay_id,
        groupId: r.group_id,
        room: r.room,
        guestId: r.guest_id,
        surname: r.surname,
        givenNames: r.given_names,
        citizenship: r.citizenship,
        birthDate: r.birth_date,
        documentNumber: r.document_number,
        checkInAt: r.check_in_at,
        checkInDate: r.check_in_date,
        plannedCheckOut: r.planned_check_out,
        status: r.status,
        entryDate: r.entry_date,
        visaNumber: r.visa_number,
        visaValidUntil: r.visa_valid_until,
        documentExpiry: r.document_expiry,
      }));
    },
    /** Earlier checked-out stays of the guest that began in [since, before). */
    earlierStaysOf: (guestId: number, stayId: number, before: string, since: string) =>
      (earlierOfGuest.all(guestId, stayId, before, since) as EarlierRow[]).map((r) =>
        earlierSpan(r, before),
      ),
    /**
     * `earlierStaysOf` for every guest staying now, read once: the stays that began on or after
     * `since` (the earliest any of them asks for), each asked for by its own dates.
     */
    earlierStaysOfActive: (since: string) => {
      const rows = earlierOfActive.all(since) as Array<
        EarlierRow & { guest_id: number; id: number }
      >;
      return (guestId: number, stayId: number, before: string, from: string) =>
        rows
          .filter(
            (r) =>
              r.guest_id === guestId &&
              r.id !== stayId &&
              r.check_in_date < before &&
              r.check_in_date >= from,
          )
          .map((r) => earlierSpan(r, before));
    },
    addEvent: (
      stayId: number,
      kind: StayEventKind,
      at: string,
      eventDate: string,
      details: Record<string, unknown>,
      staffId: number,
    ): StayEventView =>
      toEvent(
        insertEvent.get(stayId, kind, at, eventDate, JSON.stringify(details), staffId) as EventRow,
      ),
    moveEvent: (eventId: number, eventDate: string, at: string): void => {
      updateEventDate.run(eventDate, at, eventId);
    },
    events: (stayId: number): StayEventView[] => (events.all(stayId) as EventRow[]).map(toEvent),
  };
}
export type StayRepo = ReturnType<typeof createStayRepo>;

interface EarlierRow {
  check_in_date: string;
  checked_out_at: string;
}

/** An earlier stay's days, up to `before`: the check-out day in Kazakhstan, not in UTC (a 01:00 departure is that day's). */
function earlierSpan(r: EarlierRow, before: string): { from: string; to: string } {
  const out = kzDateOf(new Date(r.checked_out_at));
  return { from: r.check_in_date, to: out < before ? out : before };
}
