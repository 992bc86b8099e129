import { REGISTER_TABLES, type RegisterTable } from './register-tables';

/**
 * The centre's schema (issue 25), in PostgreSQL: one schema `central` holding every property's
 * rows, each row tagged with its property.
 *
 * Access, and why row-level security rather than a schema per property: the consolidated
 * register and the overdue view read across all properties in one query; with a schema per
 * property each of those becomes a UNION over N schemas rebuilt whenever a property is added.
 * So every table carries `property_id`, and:
 * - a property logs in as its own role (member of `tirkeu_property`), whose policies let it
 *   read and upsert only rows with its own `property_id` (`central.my_property()`, from the
 *   session's role); another property's rows are neither visible nor writable;
 * - the audit log takes no direct writes at all: rows arrive only through `central.receive`, a
 *   SECURITY DEFINER function that finds the property from the session's role, checks each row
 *   against the chain the centre holds, and appends, refuses or keeps a fork aside. So no role
 *   can append an unverified row, edit or delete one;
 * - the owner's console reads through `tirkeu_console`, which may SELECT and nothing else.
 */
export const CENTRAL_SCHEMA_VERSION = 2;

const GENESIS = '0'.repeat(64);
const pgType = (t: 'int' | 'text') => (t === 'int' ? 'bigint' : 'text');

const RETENTION_SQL = `
-- The property's own retention setting (months; NULL: off), shipped with its rows: the centre
-- keeps nothing longer than the strictest property allows (issue 25; domain.md §7).
CREATE FUNCTION central.set_retention(months integer) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  UPDATE central.properties SET retention_months = months WHERE role_name = session_user;
$$;
REVOKE ALL ON FUNCTION central.set_retention(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION central.set_retention(integer) TO tirkeu_property;`;

// The consolidated register's lookups (central-repo.ts, centralRegister): a notice's filings
// and portal failures, a filing's proofs, and the notices of a range; without them each row of
// the register scans its table.
const REGISTER_INDEXES_SQL = `
CREATE INDEX filings_by_notice ON central.filings (property_id, notification_id);
CREATE INDEX portal_attempts_by_notice ON central.portal_attempts (property_id, notification_id);
CREATE INDEX proofs_by_filing ON central.proofs (property_id, filing_id);
CREATE INDEX notifications_by_event ON central.notifications (event_date);`;

const tableDdl = (t: RegisterTable): string => `
  CREATE TABLE central.${t.name} (
    property_id integer NOT NULL REFERENCES central.properties (id),
    ${t.columns.map(([c, ty]) => `${c} ${pgType(ty)}${c === 'id' ? ' NOT NULL' : ''}`).join(',\n    ')},
    PRIMARY KEY (property_id, id)
  );
  ALTER TABLE central.${t.name} ENABLE ROW LEVEL SECURITY;
  CREATE POLICY own_rows ON central.${t.name} TO tirkeu_property
    USING (property_id = central.my_property()) WITH CHECK (property_id = central.my_property());
  CREATE POLICY console_reads ON central.${t.name} FOR SELECT TO tirkeu_console USING (true);
  GRANT SELECT, INSERT, UPDATE ON central.${t.name} TO tirkeu_property;
  GRANT SELECT ON central.${t.name} TO tirkeu_console;`;
const registerDdl = REGISTER_TABLES.map(tableDdl).join('\n');
const table = (name: string): RegisterTable => REGISTER_TABLES.find((t) => t.name === name)!;

/**
 * What takes a centre made at an older version to this one, by the version it reaches; run in
 * order, each in the transaction that records it (central-repo.ts, installCentral).
 */
export const CENTRAL_UPGRADES: ReadonlyArray<readonly [version: number, sql: string]> = [
  [
    2,
    // The consolidated register's "Checked in by" and portal failures (issue 25, export).
    `ALTER TABLE central.stays ADD COLUMN consent_by bigint;
    ${tableDdl(table('portal_attempts'))}
    ALTER TABLE central.properties ADD COLUMN retention_months integer
      CHECK (retention_months > 0);
    ${RETENTION_SQL}
    ${REGISTER_INDEXES_SQL}`,
  ],
];

const AUDIT_COLUMNS = `
    id bigint NOT NULL,
    at text NOT NULL,
    staff_id bigint,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    guest_id bigint,
    details text NOT NULL,
    personal_sha256 text,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    mac text,
    received_at timestamptz NOT NULL DEFAULT now()`;

/** Roles are the cluster's, not the database's: made once, whatever database the centre uses. */
export const CENTRAL_ROLES_SQL = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tirkeu_property') THEN
    CREATE ROLE tirkeu_property NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tirkeu_console') THEN
    CREATE ROLE tirkeu_console NOLOGIN;
  END IF;
END $$;`;

export const CENTRAL_SCHEMA_SQL = `
CREATE SCHEMA central;
REVOKE ALL ON SCHEMA central FROM PUBLIC;
GRANT USAGE ON SCHEMA central TO tirkeu_property, tirkeu_console;

CREATE TABLE central.schema_version (version integer NOT NULL);
INSERT INTO central.schema_version VALUES (${CENTRAL_SCHEMA_VERSION});

CREATE TABLE central.properties (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role_name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  head_id bigint NOT NULL DEFAULT 0,
  head_hash text NOT NULL DEFAULT '${GENESIS}',
  chain text NOT NULL DEFAULT 'ok' CHECK (chain IN ('ok', 'gap', 'edit', 'fork')),
  last_shipped_at timestamptz,
  retention_months integer CHECK (retention_months > 0)
);
GRANT SELECT ON central.properties TO tirkeu_console;
${RETENTION_SQL}

-- The property the session's role ships for (NULL for any other role).
CREATE FUNCTION central.my_property() RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT id FROM central.properties WHERE role_name = session_user $$;
GRANT EXECUTE ON FUNCTION central.my_property() TO tirkeu_property, tirkeu_console;

-- The property's chain as the centre holds it: where shipping resumes.
CREATE FUNCTION central.my_head(OUT property_id integer, OUT name text, OUT head_id bigint,
    OUT head_hash text, OUT chain text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT id, name, head_id, head_hash, chain FROM central.properties
        WHERE role_name = session_user $$;
GRANT EXECUTE ON FUNCTION central.my_head() TO tirkeu_property;

-- Each property's audit rows, in the property's own ids: append-only, through receive() only.
CREATE TABLE central.audit_rows (
  property_id integer NOT NULL REFERENCES central.properties (id),${AUDIT_COLUMNS},
  PRIMARY KEY (property_id, id)
);
ALTER TABLE central.audit_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON central.audit_rows FOR SELECT TO tirkeu_property
  USING (property_id = central.my_property());
CREATE POLICY console_reads ON central.audit_rows FOR SELECT TO tirkeu_console USING (true);
GRANT SELECT ON central.audit_rows TO tirkeu_property, tirkeu_console;

-- A gap, an edit or a fork the centre refused: shown to the owner, never merged.
CREATE TABLE central.refusals (
  id bigserial PRIMARY KEY,
  property_id integer NOT NULL REFERENCES central.properties (id),
  at timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL CHECK (reason IN ('gap', 'edit', 'fork')),
  row_id bigint NOT NULL,
  held_hash text,
  offered_hash text NOT NULL,
  decided_at timestamptz
);
GRANT SELECT ON central.refusals TO tirkeu_console;

-- The other branch of a fork, kept whole for the owner to decide between.
CREATE TABLE central.fork_rows (
  property_id integer NOT NULL REFERENCES central.properties (id),
  refusal_id bigint NOT NULL REFERENCES central.refusals (id),${AUDIT_COLUMNS},
  PRIMARY KEY (property_id, refusal_id, id)
);
GRANT SELECT ON central.fork_rows TO tirkeu_console;

${registerDdl}
${REGISTER_INDEXES_SQL}

-- hash(n) = SHA-256(hash(n-1) as hex || canonical JSON of row n), as db/audit/canonical.ts makes
-- it: keys in sorted order, strings escaped as JSON.stringify escapes them (to_json escapes the
-- same characters: quote, backslash and the controls below U+0020, in lower-case \\u00xx), and
-- \`details\` already canonical text.
CREATE FUNCTION central.js(t text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN t IS NULL THEN 'null' ELSE to_json(t)::text END $$;
CREATE FUNCTION central.row_hash(prev text, id bigint, at text, staff_id bigint, action text,
    entity text, entity_id text, guest_id bigint, details text, personal text)
  RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT encode(sha256(convert_to(prev
      || '{"action":' || central.js(action) || ',"at":' || central.js(at)
      || ',"details":' || details || ',"entity":' || central.js(entity)
      || ',"entityId":' || central.js(entity_id)
      || ',"guestId":' || coalesce(guest_id::text, 'null') || ',"id":' || id::text
      || ',"personal":' || central.js(personal)
      || ',"staffId":' || coalesce(staff_id::text, 'null') || '}', 'UTF8')), 'hex') $$;

-- A guest erased at the property (on request or by its retention purge; Law No. 94-V Art. 18,
-- domain.md §7) is erased here too, as db/repos/privacy-repo.ts erases it: the row stays,
-- anonymous (citizenship and dates still count), the documents go.
CREATE FUNCTION central.erase_guest(p integer, g bigint, at text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  UPDATE central.stays SET visa_number = '', document_id = NULL
    WHERE property_id = p AND guest_id = g;
  DELETE FROM central.documents WHERE property_id = p AND guest_id = g;
  UPDATE central.guests SET surname = '', given_names = '', patronymic = '', birth_date = NULL,
      sex = NULL, erased_at = coalesce(erased_at, at)
    WHERE property_id = p AND id = g;
$$;

-- The one way audit rows arrive. Each row must hash to its own hash from its prev_hash (else
-- 'edit'), follow the centre's head without a hole (else 'gap'), and chain on the centre's
-- head; a row the centre already holds comes again only unchanged (a retry: skipped, so
-- shipping is idempotent by (property, id)); a row that holds by itself but differs from the
-- one the centre holds is a 'fork' (an older backup restored, then written again): that branch
-- is kept in fork_rows, never merged. The MAC is stored, not checked: the key stays at the
-- property (db/audit/anchor.ts), so the centre vouches for the linkage, not for the author.
CREATE FUNCTION central.receive(batch jsonb) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  p central.properties%ROWTYPE;
  r record;
  held text;
  accepted integer := 0;
  verdict text := 'ok';
  refusal bigint;
  forking boolean := false;
  clean boolean;
  n integer;
  last_id bigint;
  last_hash text;
BEGIN
  SELECT * INTO p FROM central.properties WHERE role_name = session_user FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'role % ships for no property', session_user USING ERRCODE = '42501';
  END IF;
  IF p.chain = 'fork' THEN
    forking := true;
    SELECT id INTO refusal FROM central.refusals
      WHERE property_id = p.id AND reason = 'fork' AND decided_at IS NULL ORDER BY id DESC LIMIT 1;
  END IF;
  -- The usual batch: the rows right after the head, each hashing to its hash and chaining on the
  -- one before. Checked and appended as one set (the row-by-row loop below costs a statement per
  -- row); anything else, a single doubtful row included, goes through the loop, which says why.
  IF NOT forking THEN
    WITH b AS (
      SELECT x.*, row_number() OVER (ORDER BY x.id) AS k, lag(x.hash) OVER (ORDER BY x.id) AS before
        FROM jsonb_to_recordset(batch) AS x(id bigint, at text, staff_id bigint, action text,
          entity text, entity_id text, guest_id bigint, details text, personal_sha256 text,
          prev_hash text, hash text, mac text))
    SELECT count(*), bool_and(b.id = p.head_id + b.k AND b.details IS NOT NULL
          AND b.prev_hash = coalesce(b.before, p.head_hash)
          AND central.row_hash(b.prev_hash, b.id, b.at, b.staff_id, b.action, b.entity,
                b.entity_id, b.guest_id, b.details, b.personal_sha256) = b.hash),
        max(b.id), (array_agg(b.hash ORDER BY b.id DESC))[1]
      INTO n, clean, last_id, last_hash FROM b;
    IF n > 0 AND clean THEN
      INSERT INTO central.audit_rows (property_id, id, at, staff_id, action, entity, entity_id,
          guest_id, details, personal_sha256, prev_hash, hash, mac)
        SELECT p.id, x.id, x.at, x.staff_id, x.action, x.entity, x.entity_id, x.guest_id,
            x.details, x.personal_sha256, x.prev_hash, x.hash, x.mac
          FROM jsonb_to_recordset(batch) AS x(id bigint, at text, staff_id bigint, action text,
            entity text, entity_id text, guest_id bigint, details text, personal_sha256 text,
            prev_hash text, hash text, mac text);
      PERFORM central.erase_guest(p.id, x.guest_id, x.at)
        FROM jsonb_to_recordset(batch) AS x(guest_id bigint, at text, action text)
        WHERE x.action = 'guest.erase' AND x.guest_id IS NOT NULL;
      UPDATE central.properties SET head_id = last_id, head_hash = last_hash,
          last_shipped_at = now(), chain = 'ok'
        WHERE id = p.id;
      RETURN jsonb_build_object('accepted', n, 'head_id', last_id, 'chain', 'ok');
    END IF;
  END IF;
  FOR r IN SELECT * FROM jsonb_to_recordset(batch) AS x(id bigint, at text, staff_id bigint,
      action text, entity text, entity_id text, guest_id bigint, details text,
      personal_sha256 text, prev_hash text, hash text, mac text) ORDER BY id
  LOOP
    IF forking THEN
      -- The other branch goes on arriving: kept beside the first, still not merged.
      IF r.hash IS DISTINCT FROM (SELECT hash FROM central.audit_rows
                                   WHERE property_id = p.id AND id = r.id) THEN
        INSERT INTO central.fork_rows (property_id, refusal_id, id, at, staff_id, action, entity,
            entity_id, guest_id, details, personal_sha256, prev_hash, hash, mac)
          VALUES (p.id, refusal, r.id, r.at, r.staff_id, r.action, r.entity, r.entity_id,
            r.guest_id, r.details, r.personal_sha256, r.prev_hash, r.hash, r.mac)
          ON CONFLICT DO NOTHING;
        -- Personal data is erased on every branch: the law does not wait for the owner.
        IF r.action = 'guest.erase' AND r.guest_id IS NOT NULL THEN
          PERFORM central.erase_guest(p.id, r.guest_id, r.at);
        END IF;
      END IF;
      verdict := 'fork';
      CONTINUE;
    END IF;
    IF r.id > p.head_id + 1 THEN
      verdict := 'gap';
    ELSIF r.hash IS NULL OR r.prev_hash IS NULL OR r.details IS NULL
       OR central.row_hash(r.prev_hash, r.id, r.at, r.staff_id, r.action, r.entity, r.entity_id,
            r.guest_id, r.details, r.personal_sha256) IS DISTINCT FROM r.hash THEN
      verdict := 'edit';
    ELSIF r.id <= p.head_id THEN
      SELECT hash INTO held FROM central.audit_rows WHERE property_id = p.id AND id = r.id;
      IF held = r.hash THEN
        CONTINUE;
      END IF;
      verdict := 'fork';
    ELSIF r.prev_hash <> p.head_hash THEN
      verdict := 'fork';
    END IF;
    IF verdict <> 'ok' THEN
      SELECT hash INTO held FROM central.audit_rows WHERE property_id = p.id AND id = r.id;
      SELECT id INTO refusal FROM central.refusals WHERE property_id = p.id AND reason = verdict
        AND row_id = r.id AND offered_hash = r.hash AND decided_at IS NULL;
      IF refusal IS NULL THEN
        INSERT INTO central.refusals (property_id, reason, row_id, held_hash, offered_hash)
          VALUES (p.id, verdict, r.id, held, r.hash) RETURNING id INTO refusal;
      END IF;
      UPDATE central.properties SET chain = verdict WHERE id = p.id;
      IF verdict <> 'fork' THEN
        EXIT;
      END IF;
      forking := true;
      INSERT INTO central.fork_rows (property_id, refusal_id, id, at, staff_id, action, entity,
          entity_id, guest_id, details, personal_sha256, prev_hash, hash, mac)
        VALUES (p.id, refusal, r.id, r.at, r.staff_id, r.action, r.entity, r.entity_id,
          r.guest_id, r.details, r.personal_sha256, r.prev_hash, r.hash, r.mac)
        ON CONFLICT DO NOTHING;
      CONTINUE;
    END IF;
    INSERT INTO central.audit_rows (property_id, id, at, staff_id, action, entity, entity_id,
        guest_id, details, personal_sha256, prev_hash, hash, mac)
      VALUES (p.id, r.id, r.at, r.staff_id, r.action, r.entity, r.entity_id, r.guest_id,
        r.details, r.personal_sha256, r.prev_hash, r.hash, r.mac);
    IF r.action = 'guest.erase' AND r.guest_id IS NOT NULL THEN
      PERFORM central.erase_guest(p.id, r.guest_id, r.at);
    END IF;
    p.head_id := r.id;
    p.head_hash := r.hash;
    accepted := accepted + 1;
  END LOOP;
  UPDATE central.properties SET head_id = p.head_id, head_hash = p.head_hash,
      last_shipped_at = now(),
      chain = CASE WHEN verdict = 'ok' AND chain IN ('gap', 'edit') THEN 'ok' ELSE chain END
    WHERE id = p.id;
  RETURN jsonb_build_object('accepted', accepted, 'head_id', p.head_id,
    'chain', (SELECT chain FROM central.properties WHERE id = p.id));
END $$;
REVOKE ALL ON FUNCTION central.receive(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION central.receive(jsonb) TO tirkeu_property;
REVOKE ALL ON FUNCTION central.erase_guest(integer, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION central.row_hash(text, bigint, text, bigint, text, text, text, bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION central.row_hash(text, bigint, text, bigint, text, text, text, bigint, text, text) TO tirkeu_property, tirkeu_console;
`;
