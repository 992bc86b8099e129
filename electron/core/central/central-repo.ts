import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppFailure } from '../../../shared/contract';
import { CENTRAL_ROLES_SQL, CENTRAL_SCHEMA_SQL } from './central-schema';
import { REGISTER_TABLES, type RegisterRow, type RegisterTable } from './register-tables';

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
  if (exists.rowCount) return;
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
