import type { AttemptPortal, Portal } from '../../../../shared/contract';
import type { Db } from '../connection';

/** One owed host's notice with everything the register prints, as stored. */
export interface RegisterRecord {
  notificationId: number;
  stayId: number;
  state: 'pending' | 'filed';
  eventDate: string;
  dueDate: string | null;
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
  filedAt: string | null;
  portal: Portal | null;
  reference: string;
  /** The attached proof PDF, and whether its text matched the guest (issue 8's check). */
  proof: 'none' | 'matched' | 'unmatched' | 'stamped';
  /** As recorded at filing, on the calendar then in force. */
  lateWorkingDays: number | null;
  checkedInBy: string | null;
  filedBy: string | null;
  /** Failed portal attempts recorded on the notice (migration 0016), and the latest. */
  attempts: number;
  lastAttempt: { at: string; portal: AttemptPortal } | null;
  /** The stay's place (migration 0018); null for a stay from before the host had one. */
  placeId: number | null;
  place: string;
}

interface Row {
  notification_id: number;
  stay_id: number;
  state: 'pending' | 'filed';
  event_date: string;
  due_date: string | null;
  surname: string;
  given_names: string;
  patronymic: string;
  citizenship: string;
  document_type: string | null;
  document_number: string | null;
  birth_date: string | null;
  room: string;
  check_in_date: string;
  check_out_date: string | null;
  entry_date: string | null;
  purpose_code: string | null;
  filed_at: string | null;
  portal: Portal | null;
  reference: string | null;
  proof: 'matched' | 'unmatched' | 'stamped' | null;
  late_working_days: number | null;
  checked_in_by: string | null;
  filed_by: string | null;
  attempt_count: number;
  attempt_at: string | null;
  attempt_portal: AttemptPortal | null;
  place_id: number | null;
  place_name: string | null;
}

const toRecord = (r: Row): RegisterRecord => ({
  notificationId: r.notification_id,
  stayId: r.stay_id,
  state: r.state,
  eventDate: r.event_date,
  dueDate: r.due_date,
  surname: r.surname,
  givenNames: r.given_names,
  patronymic: r.patronymic,
  citizenship: r.citizenship,
  documentType: r.document_type,
  documentNumber: r.document_number,
  birthDate: r.birth_date,
  room: r.room,
  checkInDate: r.check_in_date,
  checkOutDate: r.check_out_date,
  entryDate: r.entry_date,
  purposeCode: r.purpose_code,
  filedAt: r.filed_at,
  portal: r.portal,
  reference: r.reference ?? '',
  proof: r.proof ?? 'none',
  lateWorkingDays: r.late_working_days,
  checkedInBy: r.checked_in_by,
  filedBy: r.filed_by,
  attempts: r.attempt_count,
  lastAttempt:
    r.attempt_at !== null && r.attempt_portal !== null
      ? { at: r.attempt_at, portal: r.attempt_portal }
      : null,
  placeId: r.place_id,
  place: r.place_name ?? '',
});

/** The register of foreign guests and the counts behind the statistics. */
export function createReportRepo(db: Db) {
  // The register is the host's duty only (domain.md §1): the guest's own registration and the
  // host's confirmation under order 923 are tasks, not notices to the police.
  const REGISTER = `SELECT n.id AS notification_id, n.stay_id, n.state, n.event_date, n.due_date,
       g.surname, g.given_names, g.patronymic, g.citizenship, g.birth_date,
       d.type_code AS document_type, d.number AS document_number,
       s.room, s.check_in_date, s.entry_date, s.purpose_code,
       COALESCE(date(s.checked_out_at, '+5 hours'), s.planned_check_out) AS check_out_date,
       f.filed_at, f.portal, f.reference, f.late_working_days,
       (SELECT CASE WHEN f.portal = 'paper' THEN 'stamped' WHEN p.matched = 1 THEN 'matched'
          ELSE 'unmatched' END FROM proofs p
        WHERE p.filing_id = f.id AND p.removed_at IS NULL ORDER BY p.id DESC LIMIT 1) AS proof,
       ci.name AS checked_in_by, fb.name AS filed_by,
       (SELECT COUNT(*) FROM portal_attempts a WHERE a.notification_id = n.id) AS attempt_count,
       la.attempted_at AS attempt_at, la.portal AS attempt_portal,
       s.place_id, pl.name AS place_name
     FROM notifications n
     JOIN stays s ON s.id = n.stay_id
     JOIN guests g ON g.id = s.guest_id
     LEFT JOIN places pl ON pl.id = s.place_id
     LEFT JOIN documents d ON d.id = s.document_id
     LEFT JOIN filings f ON f.id =
       (SELECT MAX(id) FROM filings WHERE notification_id = n.id AND voided_at IS NULL)
     LEFT JOIN staff ci ON ci.id = s.consent_by
     LEFT JOIN staff fb ON fb.id = f.filed_by
     LEFT JOIN portal_attempts la ON la.id = (SELECT a2.id FROM portal_attempts a2
       WHERE a2.notification_id = n.id ORDER BY a2.attempted_at DESC, a2.id DESC LIMIT 1)
     WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
       AND n.event_date >= @from AND n.event_date <= @to
     ORDER BY n.event_date, s.room COLLATE NOCASE, g.surname, n.id`;
  const register = db.prepare(REGISTER);
  // How many rows the register has, without reading them (the joins are on required keys).
  const registerCount = db
    .prepare(
      `SELECT count(*) FROM notifications n
       JOIN stays s ON s.id = n.stay_id JOIN guests g ON g.id = s.guest_id
       WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
         AND n.event_date >= @from AND n.event_date <= @to`,
    )
    .pluck();
  // Grouped by place, in the places' order (@places, a JSON array of ids; a stay with none
  // first, a place not listed last), each place's rows in the register's own order: what sorting
  // the rows by place afterwards gives (reports-service.ts), for rows read one at a time.
  const registerByPlace = db.prepare(
    REGISTER.replace(
      'ORDER BY n.event_date',
      `ORDER BY CASE WHEN s.place_id IS NULL THEN -1 ELSE IFNULL((SELECT CAST(j.key AS INTEGER)
         FROM json_each(@places) j WHERE j.value = s.place_id), json_array_length(@places)) END,
       n.event_date`,
    ),
  );
  // Guests are counted by the stays that began in the range; an entry made in error is not one.
  const byCitizenship = db.prepare(
    `SELECT g.citizenship AS key, COUNT(*) AS count FROM stays s JOIN guests g ON g.id = s.guest_id
     WHERE s.status != 'cancelled' AND s.check_in_date >= @from AND s.check_in_date <= @to
     GROUP BY g.citizenship ORDER BY count DESC, key`,
  );
  const byPurpose = db.prepare(
    `SELECT IFNULL(s.purpose_code, '') AS key, COUNT(*) AS count FROM stays s
     WHERE s.status != 'cancelled' AND s.check_in_date >= @from AND s.check_in_date <= @to
     GROUP BY key ORDER BY count DESC, key`,
  );
  // Art. 48 looks back a year from today, whatever the report's range (domain.md §6).
  const lateSince = db.prepare(
    `SELECT n.id AS notification_id, n.state, n.due_date,
       (SELECT date(f.filed_at, '+5 hours') FROM filings f WHERE f.notification_id = n.id
        AND f.voided_at IS NULL ORDER BY f.id DESC LIMIT 1) AS filed_date
     FROM notifications n
     WHERE n.kind = 'host_notice' AND n.state != 'cancelled' AND n.due_date >= @from
       AND n.due_date < @today
     ORDER BY n.due_date, n.id`,
  );
  return {
    register: (from: string, to: string): RegisterRecord[] =>
      (register.all({ from, to }) as Row[]).map(toRecord),
    /** How many rows `register` would give. */
    registerCount: (from: string, to: string): number => registerCount.get({ from, to }) as number,
    /**
     * The same rows one at a time, for exports of long ranges; grouped by place when `places`
     * (the places' ids in their order) names two or more. Nothing else may use the connection
     * until the last row is read or the loop left.
     */
    iterateRegister: function* (
      from: string,
      to: string,
      places: readonly number[] = [],
    ): Generator<RegisterRecord> {
      const rows =
        places.length > 1
          ? registerByPlace.iterate({ from, to, places: JSON.stringify(places) })
          : register.iterate({ from, to });
      for (const r of rows as IterableIterator<Row>) yield toRecord(r);
    },
    byCitizenship: (from: string, to: string) =>
      byCitizenship.all({ from, to }) as Array<{ key: string; count: number }>,
    byPurpose: (from: string, to: string) =>
      byPurpose.all({ from, to }) as Array<{ key: string; count: number }>,
    /** Notices whose deadline fell in [from, today): candidates for lateness. */
    deadlinesSince: (from: string, today: string) =>
      (
        lateSince.all({ from, today }) as Array<{
          notification_id: number;
          state: 'pending' | 'filed';
          due_date: string;
          filed_date: string | null;
        }>
      ).map((r) => ({
        notificationId: r.notification_id,
        state: r.state,
        dueDate: r.due_date,
        filedDate: r.filed_date,
      })),
  };
}
export type ReportRepo = ReturnType<typeof createReportRepo>;
