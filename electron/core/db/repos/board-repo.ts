import type { AttemptPortal, FilingState, Portal } from '../../../../shared/contract';
import type { TaskKind } from '../../../../shared/rules';
import type { Db } from '../connection';

/** A notice with everything a portal asks for and the board shows, from one row. */
export interface NoticeFacts {
  notificationId: number;
  kind: TaskKind;
  state: 'pending' | 'filed' | 'cancelled';
  filingState: FilingState;
  eventDate: string;
  dueDate: string | null;
  dueAt: string | null;
  stayId: number;
  groupId: string;
  room: string;
  stayStatus: 'in_house' | 'absent' | 'checked_out' | 'cancelled';
  checkInDate: string;
  checkInAt: string;
  plannedCheckOut: string | null;
  purposeCode: string | null;
  visaNumber: string;
  entryDate: string | null;
  onDocumentOf: number | null;
  guestId: number;
  surname: string;
  givenNames: string;
  patronymic: string;
  citizenship: string;
  birthDate: string | null;
  sex: 'M' | 'F' | 'X' | null;
  phone: string;
  email: string;
  document: {
    typeCode: string;
    number: string;
    series: string;
    issueDate: string | null;
    expiryDate: string | null;
  } | null;
  checkedInBy: { id: number; name: string } | null;
  /** The latest live filing's portal, else the portal of the latest checklist. */
  portal: Portal | null;
  filedAt: string | null;
  /** Failed portal attempts (migration 0016) and the latest one. */
  attempts: number;
  lastAttempt: { at: string; portal: AttemptPortal } | null;
  /** The stay's place (migration 0018): its address is the notice's (domain.md §10, "Per place"). */
  place: { id: number; name: string; address: string; region: string } | null;
}

interface Row {
  id: number;
  kind: TaskKind;
  state: NoticeFacts['state'];
  filing_state: FilingState;
  event_date: string;
  due_date: string | null;
  due_at: string | null;
  stay_id: number;
  group_id: string;
  room: string;
  stay_status: NoticeFacts['stayStatus'];
  check_in_date: string;
  check_in_at: string;
  planned_check_out: string | null;
  purpose_code: string | null;
  visa_number: string;
  entry_date: string | null;
  on_document_of: number | null;
  guest_id: number;
  surname: string;
  given_names: string;
  patronymic: string;
  citizenship: string;
  birth_date: string | null;
  sex: NoticeFacts['sex'];
  phone: string;
  email: string;
  type_code: string | null;
  number: string | null;
  series: string | null;
  issue_date: string | null;
  expiry_date: string | null;
  staff_id: number | null;
  staff_name: string | null;
  filing_portal: Portal | null;
  progress_portal: Portal | null;
  filed_at: string | null;
  attempt_count: number;
  attempt_at: string | null;
  attempt_portal: AttemptPortal | null;
  place_id: number | null;
  place_name: string | null;
  place_address: string | null;
  place_region: string | null;
}

const toFacts = (r: Row): NoticeFacts => ({
  notificationId: r.id,
  kind: r.kind,
  state: r.state,
  filingState: r.filing_state,
  eventDate: r.event_date,
  dueDate: r.due_date,
  dueAt: r.due_at,
  stayId: r.stay_id,
  groupId: r.group_id,
  room: r.room,
  stayStatus: r.stay_status,
  checkInDate: r.check_in_date,
  checkInAt: r.check_in_at,
  plannedCheckOut: r.planned_check_out,
  purposeCode: r.purpose_code,
  visaNumber: r.visa_number,
  entryDate: r.entry_date,
  onDocumentOf: r.on_document_of,
  guestId: r.guest_id,
  surname: r.surname,
  givenNames: r.given_names,
  patronymic: r.patronymic,
  citizenship: r.citizenship,
  birthDate: r.birth_date,
  sex: r.sex,
  phone: r.phone,
  email: r.email,
  document:
    r.number !== null
      ? {
          typeCode: r.type_code ?? '',
          number: r.number,
          series: r.series ?? '',
          issueDate: r.issue_date,
          expiryDate: r.expiry_date,
        }
      : null,
  checkedInBy: r.staff_id !== null ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
  portal: r.filing_portal ?? r.progress_portal,
  filedAt: r.filed_at,
  attempts: r.attempt_count,
  lastAttempt:
    r.attempt_at !== null && r.attempt_portal !== null
      ? { at: r.attempt_at, portal: r.attempt_portal }
      : null,
  place:
    r.place_id !== null
      ? {
          id: r.place_id,
          name: r.place_name ?? '',
          address: r.place_address ?? '',
          region: r.place_region ?? '',
        }
      : null,
});

// The filing and checklist columns come from correlated lookups on (notification_id) indexes,
// so a row costs a few index probes whatever the size of the history.
const COLUMNS = `n.id, n.kind, n.state, n.filing_state, n.event_date, n.due_date, n.due_at,
  s.id AS stay_id, s.group_id, s.room, s.status AS stay_status, s.check_in_date, s.check_in_at,
  s.planned_check_out, s.purpose_code, s.visa_number, s.entry_date, s.on_document_of,
  g.id AS guest_id, g.surname, g.given_names, g.patronymic, g.citizenship, g.birth_date, g.sex,
  g.phone, g.email, d.type_code, d.number, d.series, d.issue_date, d.expiry_date,
  st.id AS staff_id, st.name AS staff_name,
  f.portal AS filing_portal, f.filed_at,
  (SELECT p.portal FROM filing_progress p WHERE p.notification_id = n.id
    ORDER BY p.updated_at DESC LIMIT 1) AS progress_portal,
  (SELECT COUNT(*) FROM portal_attempts a WHERE a.notification_id = n.id) AS attempt_count,
  la.attempted_at AS attempt_at, la.portal AS attempt_portal,
  pl.id AS place_id, pl.name AS place_name, pl.address AS place_address,
  pl.region AS place_region`;
const FROM = `FROM notifications n
  JOIN stays s ON s.id = n.stay_id
  JOIN guests g ON g.id = s.guest_id
  LEFT JOIN places pl ON pl.id = s.place_id
  LEFT JOIN documents d ON d.id = COALESCE(s.document_id,
    (SELECT s2.document_id FROM stays s2 WHERE s2.guest_id = s.on_document_of
       AND s2.group_id = s.group_id LIMIT 1))
  LEFT JOIN stay_events ci ON ci.id = (SELECT e.id FROM stay_events e
    WHERE e.stay_id = s.id AND e.kind = 'check_in' LIMIT 1)
  LEFT JOIN staff st ON st.id = ci.staff_id
  LEFT JOIN filings f ON f.id = (SELECT MAX(f2.id) FROM filings f2
    WHERE f2.notification_id = n.id AND f2.voided_at IS NULL)
  LEFT JOIN portal_attempts la ON la.id = (SELECT a2.id FROM portal_attempts a2
    WHERE a2.notification_id = n.id ORDER BY a2.attempted_at DESC, a2.id DESC LIMIT 1)`;

/**
 * Every notice not yet proven, departed guests included; the partial index
 * notifications_unproven holds exactly these rows, in deadline order. Exported for the bench,
 * whose raw side runs it alone (issue 21).
 */
export const BOARD_SQL = `SELECT ${COLUMNS} ${FROM}
  WHERE n.state != 'cancelled' AND n.filing_state != 'proven' AND s.status != 'cancelled'
    AND (@room IS NULL OR s.room = @room)
    AND (@staffId IS NULL OR st.id = @staffId)
  ORDER BY n.due_date IS NULL, n.due_date, n.id`;

export function createBoardRepo(db: Db) {
  const board = db.prepare(BOARD_SQL);
  const one = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE n.id = ?`);
  // The badge's numbers without building rows: only the not-yet-due notices (few) need their
  // facts read, to tell "needs data" and "due next working day" from "later".
  const counts = db.prepare(
    `SELECT CASE WHEN n.filing_state = 'filed_no_proof' THEN 'filed_no_proof'
         WHEN n.due_date < @today THEN 'overdue'
         WHEN n.due_date = @today THEN 'due_today' ELSE 'upcoming' END AS bucket,
       COUNT(*) AS n
     FROM notifications n JOIN stays s ON s.id = n.stay_id
     WHERE n.state != 'cancelled' AND n.filing_state != 'proven' AND s.status != 'cancelled'
     GROUP BY bucket`,
  );
  const upcoming = db.prepare(
    `SELECT ${COLUMNS} ${FROM}
     WHERE n.state != 'cancelled' AND n.filing_state != 'proven' AND s.status != 'cancelled'
       AND n.filing_state != 'filed_no_proof' AND (n.due_date IS NULL OR n.due_date > ?)`,
  );
  const ofGroup = db.prepare(
    `SELECT ${COLUMNS} ${FROM} WHERE s.group_id = ? AND s.status != 'cancelled'
       AND n.kind = 'host_notice' AND n.state != 'cancelled' ORDER BY s.id`,
  );
  const setState = db.prepare(
    'UPDATE notifications SET filing_state = ?, updated_at = ? WHERE id = ?',
  );
  const setBoth = db.prepare(
    'UPDATE notifications SET state = ?, filing_state = ?, updated_at = ? WHERE id = ?',
  );
  return {
    board: (filter: { room?: string; staffId?: number }): NoticeFacts[] =>
      (board.all({ room: filter.room ?? null, staffId: filter.staffId ?? null }) as Row[]).map(
        toFacts,
      ),
    buckets: (today: string): Record<string, number> =>
      Object.fromEntries(
        (counts.all({ today }) as Array<{ bucket: string; n: number }>).map((r) => [r.bucket, r.n]),
      ),
    upcoming: (today: string): NoticeFacts[] => (upcoming.all(today) as Row[]).map(toFacts),
    get: (notificationId: number): NoticeFacts | null => {
      const r = one.get(notificationId) as Row | undefined;
      return r ? toFacts(r) : null;
    },
    /** Host's notices of everyone checked in together, with their facts. */
    ofGroup: (groupId: string): NoticeFacts[] => (ofGroup.all(groupId) as Row[]).map(toFacts),
    setFilingState: (id: number, state: FilingState, at: string): void => {
      setState.run(state, at, id);
    },
    setStates: (
      id: number,
      state: 'pending' | 'filed',
      filingState: FilingState,
      at: string,
    ): void => {
      setBoth.run(state, filingState, at, id);
    },
  };
}
export type BoardRepo = ReturnType<typeof createBoardRepo>;
