import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppFailure } from '../../../shared/contract';
import { CENTRAL_ROLES_SQL, CENTRAL_SCHEMA_SQL, CENTRAL_UPGRADES } from './central-schema';
import { REGISTER_TABLES, type RegisterRow, type RegisterTable } from './register-tables';
import type { RegisterRecord } from '../db/repos/report-repo';

/** All of the centre's SQL lives here, as the property's lives in db/repos. */

export type ChainState = 'ok' | 'gap' | 'edit' | 'fork';

/** An audit row as shipped: the chained fields, the hash before it, its hash and MAC. */
export interface ShippedAuditRow {
  id: number;
  at: string;
  staff_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  guest_id: number | null;
  details: string;
  personal_sha256: string | null;
  prev_hash: string;
  hash: string;
  mac: string | null;
}

export interface CentralHead {
  propertyId: number;
  name: string;
  headId: number;
  headHash: string;
  chain: ChainState;
}

/**
 * A connection to the centre, always over TLS: a URL that turns TLS off is refused rather than
 * followed (the register holds passport data), and one that says nothing gets pg's verify-full.
 */
export async function connectCentral(url: string): Promise<pg.Client> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppFailure('central.bad_url');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:')
    throw new AppFailure('central.bad_url');
  const mode = parsed.searchParams.get('sslmode');
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer')
    throw new AppFailure('central.tls_required');
  if (!mode) parsed.searchParams.set('sslmode', 'verify-full');
  const client = new pg.Client({
    connectionString: parsed.toString(),
    connectionTimeoutMillis: 15_000,
    application_name: 'tirkeu',
  });
  // An error event with no listener would crash the process (a dropped connection mid-ship).
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    const code = (err as { code?: string }).code;
    if (code === '28P01' || code === '28000') throw new AppFailure('central.refused');
    throw new AppFailure('central.unreachable', { params: { host: parsed.hostname } });
  }
  return client;
}

/** Creates the centre's roles and schema once (as the cluster's owner); a second run is a no-op. */
export async function installCentral(admin: pg.Client): Promise<void> {
  await admin.query(CENTRAL_ROLES_SQL);
  const exists = await admin.query("SELECT 1 FROM pg_namespace WHERE nspname = 'central'");
  if (exists.rowCount) {
    const v = await admin.query<{ version: number }>('SELECT version FROM central.schema_version');
    for (const [version, sql] of CENTRAL_UPGRADES) {
      if (version <= v.rows[0]!.version) continue;
      await admin.query('BEGIN');
      try {
        await admin.query(sql);
        await admin.query('UPDATE central.schema_version SET version = $1', [version]);
        await admin.query('COMMIT');
      } catch (err) {
        await admin.query('ROLLBACK');
        throw err;
      }
    }
    return;
  }
  await admin.query('BEGIN');
  try {
    await admin.query(CENTRAL_SCHEMA_SQL);
    await admin.query('COMMIT');
  } catch (err) {
    await admin.query('ROLLBACK');
    throw err;
  }
}

/**
 * A property and its own login role, with a random password. The role's name is made from the
 * property's id, never from its name, so no name reaches SQL as an identifier.
 */
export async function addProperty(
  admin: pg.Client,
  name: string,
): Promise<{ propertyId: number; role: string; password: string }> {
  const password = randomBytes(24).toString('hex');
  await admin.query('BEGIN');
  try {
    const r = await admin.query<{ id: number }>(
      `INSERT INTO central.properties (name, role_name) VALUES ($1, 'pending') RETURNING id`,
      [name],
    );
    const propertyId = r.rows[0]!.id;
    const role = `tirkeu_p${propertyId}`;
    await admin.query(`UPDATE central.properties SET role_name = $1 WHERE id = $2`, [
      role,
      propertyId,
    ]);
    // CREATE ROLE takes no parameters: the name is ours, the password hex.
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE tirkeu_property`);
    await admin.query('COMMIT');
    return { propertyId, role, password };
  } catch (err) {
    await admin.query('ROLLBACK');
    throw err;
  }
}

/** A login for the owner's console: reads everything, writes nothing. */
export async function addConsoleLogin(
  admin: pg.Client,
  role: string,
): Promise<{ role: string; password: string }> {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(role)) throw new AppFailure('invalid');
  const password = randomBytes(24).toString('hex');
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE tirkeu_console`);
  return { role, password };
}

/** Where this session's property stands at the centre; a role of no property is refused. */
export async function myHead(client: pg.Client): Promise<CentralHead> {
  const r = await client.query<{
    property_id: number | null;
    name: string;
    head_id: string;
    head_hash: string;
    chain: ChainState;
  }>('SELECT * FROM central.my_head()');
  const row = r.rows[0];
  if (!row || row.property_id === null) throw new AppFailure('central.refused');
  return {
    propertyId: row.property_id,
    name: row.name,
    headId: Number(row.head_id),
    headHash: row.head_hash,
    chain: row.chain,
  };
}

/** Hands a batch of audit rows to the centre's check (one call, one transaction). */
export async function receive(
  client: pg.Client,
  rows: ShippedAuditRow[],
): Promise<{ accepted: number; headId: number; chain: ChainState }> {
  const r = await client.query<{ v: { accepted: number; head_id: number; chain: ChainState } }>(
    'SELECT central.receive($1::jsonb) AS v',
    [JSON.stringify(rows)],
  );
  const v = r.rows[0]!.v;
  return { accepted: v.accepted, headId: Number(v.head_id), chain: v.chain };
}

const upsertSql = (t: RegisterTable): string => {
  const cols = t.columns.map(([c]) => c);
  const rest = cols.filter((c) => c !== 'id');
  return `INSERT INTO central.${t.name} (property_id, ${cols.join(', ')})
    SELECT $1::integer, ${cols.join(', ')}
      FROM jsonb_populate_recordset(NULL::central.${t.name}, $2::jsonb)
    ON CONFLICT (property_id, id) DO UPDATE SET
      ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
};
const UPSERTS = new Map(REGISTER_TABLES.map((t) => [t.name, upsertSql(t)]));

/**
 * Upserts register rows of one table in the caller's transaction. The property id is the
 * session's own: row-level security refuses any other (tested from the attacker's side).
 */
export async function upsertRegister(
  client: pg.Client,
  table: RegisterTable,
  propertyId: number,
  rows: RegisterRow[],
): Promise<void> {
  const objects = rows.map((values) =>
    Object.fromEntries(table.columns.map(([c], i) => [c, values[i]])),
  );
  await client.query(UPSERTS.get(table.name)!, [propertyId, JSON.stringify(objects)]);
}

/** One table's rows for a property, in id order, as the property holds them (for the console). */
export async function registerRows(
  client: pg.Client,
  table: RegisterTable,
  propertyId: number,
): Promise<RegisterRow[]> {
  const r = await client.query({
    text: `SELECT ${table.columns.map(([c]) => c).join(', ')} FROM central.${table.name}
      WHERE property_id = $1 ORDER BY id`,
    values: [propertyId],
    rowMode: 'array',
  });
  return (r.rows as unknown[][]).map((row) =>
    row.map((v, i) =>
      v === null ? null : table.columns[i]![1] === 'int' ? Number(v) : (v as string),
    ),
  );
}

/** The hash the centre holds for one of this session's property's rows (RLS: its own only). */
export async function centreHashAt(client: pg.Client, id: number): Promise<string | null> {
  const r = await client.query<{ hash: string }>(
    'SELECT hash FROM central.audit_rows WHERE property_id = central.my_property() AND id = $1',
    [id],
  );
  return r.rows[0]?.hash ?? null;
}

/** A property as the consolidated register groups by it: its places in their order. */
export interface CentralProperty {
  id: number;
  name: string;
  /** The property's places' ids in its own order (places.list(): by id). */
  places: number[];
}

type CentralColumn =
  | 'property_id'
  | 'notification_id'
  | 'stay_id'
  | 'state'
  | 'event_date'
  | 'due_date'
  | 'surname'
  | 'given_names'
  | 'patronymic'
  | 'citizenship'
  | 'birth_date'
  | 'document_type'
  | 'document_number'
  | 'room'
  | 'check_in_date'
  | 'entry_date'
  | 'purpose_code'
  | 'check_out_date'
  | 'filed_at'
  | 'portal'
  | 'reference'
  | 'late_working_days'
  | 'proof'
  | 'checked_in_by'
  | 'filed_by'
  | 'attempt_count'
  | 'attempt_at'
  | 'attempt_portal'
  | 'place_id'
  | 'place_name';

/** One register record read at the centre, with the property it came from. */
export interface CentralRegisterRecord extends RegisterRecord {
  propertyId: number;
}

/**
 * The consolidated register's records for a range, every property's, as db/repos/report-repo.ts
 * reads a property's own (the same joins and filters, in PostgreSQL): the host's notices only,
 * not cancelled, by the event's date. The order is made by the caller (central-register.ts), as
 * SQLite orders it, so the rows of each property follow each other as in its own file.
 */
export async function centralRegister(
  client: pg.Client,
  from: string,
  to: string,
): Promise<{ properties: CentralProperty[]; records: CentralRegisterRecord[] }> {
  const props = await client.query<{ id: number; name: string; places: string[] | null }>(
    `SELECT p.id, p.name, (SELECT array_agg(pl.id ORDER BY pl.id) FROM central.places pl
         WHERE pl.property_id = p.id) AS places
       FROM central.properties p ORDER BY p.id`,
  );
  const r = await client.query<Record<CentralColumn, string | null>>(
    `SELECT n.property_id, n.id AS notification_id, n.stay_id, n.state, n.event_date, n.due_date,
       g.surname, g.given_names, g.patronymic, g.citizenship, g.birth_date,
       d.type_code AS document_type, d.number AS document_number,
       s.room, s.check_in_date, s.entry_date, s.purpose_code,
       COALESCE(to_char((s.checked_out_at::timestamptz AT TIME ZONE 'UTC') + interval '5 hours',
         'YYYY-MM-DD'), s.planned_check_out) AS check_out_date,
       f.filed_at, f.portal, f.reference, f.late_working_days,
       (SELECT CASE WHEN f.portal = 'paper' THEN 'stamped' WHEN p.matched = 1 THEN 'matched'
          ELSE 'unmatched' END FROM central.proofs p
        WHERE p.property_id = f.property_id AND p.filing_id = f.id AND p.removed_at IS NULL
        ORDER BY p.id DESC LIMIT 1) AS proof,
       ci.name AS checked_in_by, fb.name AS filed_by,
       (SELECT count(*) FROM central.portal_attempts a
        WHERE a.property_id = n.property_id AND a.notification_id = n.id) AS attempt_count,
       la.attempted_at AS attempt_at, la.portal AS attempt_portal,
       s.place_id, pl.name AS place_name
     FROM central.notifications n
     JOIN central.stays s ON s.property_id = n.property_id AND s.id = n.stay_id
     JOIN central.guests g ON g.property_id = n.property_id AND g.id = s.guest_id
     LEFT JOIN central.places pl ON pl.property_id = n.property_id AND pl.id = s.place_id
     LEFT JOIN central.documents d ON d.property_id = n.property_id AND d.id = s.document_id
     LEFT JOIN central.filings f ON f.property_id = n.property_id AND f.id =
       (SELECT max(id) FROM central.filings WHERE property_id = n.property_id
          AND notification_id = n.id AND voided_at IS NULL)
     LEFT JOIN central.staff ci ON ci.property_id = n.property_id AND ci.id = s.consent_by
     LEFT JOIN central.staff fb ON fb.property_id = n.property_id AND fb.id = f.filed_by
     LEFT JOIN central.portal_attempts la ON la.property_id = n.property_id AND la.id =
       (SELECT a2.id FROM central.portal_attempts a2 WHERE a2.property_id = n.property_id
          AND a2.notification_id = n.id ORDER BY a2.attempted_at DESC, a2.id DESC LIMIT 1)
     WHERE n.kind = 'host_notice' AND n.state <> 'cancelled'
       AND n.event_date >= $1 AND n.event_date <= $2`,
    [from, to],
  );
  const num = (v: string | null) => (v === null ? null : Number(v));
  return {
    properties: props.rows.map((p) => ({
      id: p.id,
      name: p.name,
      places: (p.places ?? []).map(Number),
    })),
    records: r.rows.map((x) => ({
      propertyId: Number(x.property_id),
      notificationId: Number(x.notification_id),
      stayId: Number(x.stay_id),
      state: x.state as RegisterRecord['state'],
      eventDate: x.event_date!,
      dueDate: x.due_date,
      surname: x.surname ?? '',
      givenNames: x.given_names ?? '',
      patronymic: x.patronymic ?? '',
      citizenship: x.citizenship ?? '',
      documentType: x.document_type,
      documentNumber: x.document_number,
      birthDate: x.birth_date,
      room: x.room ?? '',
      checkInDate: x.check_in_date!,
      checkOutDate: x.check_out_date,
      entryDate: x.entry_date,
      purposeCode: x.purpose_code,
      filedAt: x.filed_at,
      portal: x.portal as RegisterRecord['portal'],
      reference: x.reference ?? '',
      proof: (x.proof ?? 'none') as RegisterRecord['proof'],
      lateWorkingDays: num(x.late_working_days),
      checkedInBy: x.checked_in_by,
      filedBy: x.filed_by,
      attempts: Number(x.attempt_count),
      lastAttempt:
        x.attempt_at !== null && x.attempt_portal !== null
          ? { at: x.attempt_at, portal: x.attempt_portal as 'eqonaq' | 'vmp' }
          : null,
      placeId: num(x.place_id),
      place: x.place_name ?? '',
    })),
  };
}

/**
 * A read-only snapshot for the console's reads: one view of every property, and a session that
 * cannot write whatever its role. A login that is not the console's (a property's, which row-level
 * security would show only its own rows) is refused rather than read as the whole register.
 */
export async function readAsConsole<T>(client: pg.Client, read: () => Promise<T>): Promise<T> {
  const role = await client.query<{ console: boolean }>(
    "SELECT pg_has_role(session_user, 'tirkeu_console', 'MEMBER') AS console",
  );
  if (!role.rows[0]?.console) throw new AppFailure('central.not_console');
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    return await read();
  } finally {
    await client.query('ROLLBACK');
  }
}

/** Ships the property's retention setting (months, or null when off) beside its rows. */
export async function setRetention(client: pg.Client, months: number | null): Promise<void> {
  await client.query('SELECT central.set_retention($1)', [months]);
}

/** The strictest retention any property ships (the fewest months), or null when none has one. */
export async function strictestRetention(client: pg.Client): Promise<number | null> {
  const r = await client.query<{ months: number | null }>(
    'SELECT min(retention_months) AS months FROM central.properties',
  );
  return r.rows[0]?.months ?? null;
}

/**
 * The centre's retention purge (issue 25: "retention at the centre follows the strictest
 * property's setting"; domain.md §7, data kept until its purpose is met, then destroyed): every
 * property's guests whose stays have all ended before `cutoff` are erased as an erasure shipped
 * from the property erases them (central.erase_guest), as db/repos/privacy-repo.ts chooses them
 * at a property: none still staying, and none with a notice or task owed (unfiled, or filed
 * without its proof), since the property still needs that guest's data to file. A stay's end is
 * its check-out's Kazakh date; a cancelled stay, which ships no time of cancelling, ends on its
 * check-in day. Run by the centre's owner (the console's login only reads); one transaction.
 */
export async function purgeCentral(
  admin: pg.Client,
  cutoff: string,
  at: string,
): Promise<{ guests: number }> {
  await admin.query('BEGIN');
  try {
    const r = await admin.query<{ n: string }>(
      `WITH ended AS (
         SELECT s.property_id, s.guest_id
           FROM central.stays s
           JOIN central.guests g ON g.property_id = s.property_id AND g.id = s.guest_id
             AND g.erased_at IS NULL
          GROUP BY s.property_id, s.guest_id
         HAVING bool_and(s.status NOT IN ('in_house', 'absent'))
            AND max(CASE WHEN s.status = 'checked_out' THEN to_char(
                  (s.checked_out_at::timestamptz AT TIME ZONE 'UTC') + interval '5 hours',
                  'YYYY-MM-DD') ELSE s.check_in_date END) < $1),
       owed AS (
         SELECT DISTINCT s.property_id, s.guest_id
           FROM central.notifications n
           JOIN central.stays s ON s.property_id = n.property_id AND s.id = n.stay_id
          WHERE n.state <> 'cancelled' AND n.filing_state <> 'proven')
       SELECT count(*) AS n FROM (
         SELECT central.erase_guest(e.property_id, e.guest_id, $2)
           FROM ended e
          WHERE NOT EXISTS (SELECT 1 FROM owed o
                             WHERE o.property_id = e.property_id AND o.guest_id = e.guest_id)
       ) erased`,
      [cutoff, at],
    );
    await admin.query('COMMIT');
    return { guests: Number(r.rows[0]!.n) };
  } catch (err) {
    await admin.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
