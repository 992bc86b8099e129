import type { Migration } from './index';

/**
 * Issue 25, "several properties, one owner": where this property's shipping to the central
 * PostgreSQL stands. The centre is the authority on what it holds (shipping always resumes from
 * the head it reports); this row is what the property's screen shows when the centre is out of
 * reach: when it last shipped, how far behind it was, and the chain's state the centre gave.
 * `central_shipped_rows` keeps a digest of each register row as last shipped, so a ship sends
 * only rows that changed since. Neither is audited: shipping writes nothing of the hotel's own
 * record, and an audit row per ship would leave the property always one row behind.
 */
export const m0021CentralShipping: Migration = {
  version: 21,
  name: '0021-central-shipping',
  up(db) {
    db.exec(`
      CREATE TABLE central_shipping (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        property TEXT NOT NULL DEFAULT '',
        shipped_through INTEGER NOT NULL DEFAULT 0,
        behind INTEGER NOT NULL DEFAULT 0,
        chain TEXT NOT NULL DEFAULT 'ok' CHECK (chain IN ('ok', 'gap', 'edit', 'fork')),
        last_shipped_at TEXT,
        last_attempt_at TEXT,
        last_error TEXT
      );
      CREATE TABLE central_shipped_rows (
        tbl TEXT NOT NULL,
        id INTEGER NOT NULL,
        digest INTEGER NOT NULL,
        PRIMARY KEY (tbl, id)
      );
    `);
  },
};
