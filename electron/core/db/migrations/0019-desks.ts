import type { Migration } from './index';

/**
 * Issue 22, "several desks, one hotel": the desks paired with this host, and the one-time codes
 * that pair them. A desk's device token and a code are kept only as SHA-256 digests: the file
 * (or a backup of it) never holds what would let someone pose as a desk. A revoked desk stays,
 * so the audit trail's desk ids keep naming someone.
 */
export const m0019Desks: Migration = {
  version: 19,
  name: '0019-desks',
  up(db) {
    db.exec(`
      CREATE TABLE desks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        token_hash TEXT NOT NULL UNIQUE,
        paired_at TEXT NOT NULL,
        last_seen_at TEXT,
        revoked_at TEXT,
        revoked_by INTEGER REFERENCES staff (id)
      );
      CREATE TABLE desk_pairing_codes (
        id INTEGER PRIMARY KEY,
        desk_name TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        failed INTEGER NOT NULL DEFAULT 0,
        used_at TEXT,
        desk_id INTEGER REFERENCES desks (id),
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id)
      );
      CREATE INDEX desk_pairing_codes_open ON desk_pairing_codes (expires_at) WHERE used_at IS NULL;
    `);
  },
};
