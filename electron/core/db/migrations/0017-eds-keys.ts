import type { Migration } from './index';

/**
 * Issue 23, "the host's keys": the EDS keys (ЭЦП / ЭЦҚ) the host signs in to e-Qonaq and signs
 * notices on VMP with. Only what the owner may show anyone: the holder, the purpose, the day the
 * key stops working, and optionally the public certificate it was read from. Never the private
 * key or its password (the service refuses a .p12 / .pfx or any file holding a private key).
 */
export const m0017EdsKeys: Migration = {
  version: 17,
  name: '0017-eds-keys',
  up(db) {
    db.exec(`
      CREATE TABLE eds_keys (
        id INTEGER PRIMARY KEY,
        holder TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN ('auth', 'sign')),
        -- The Kazakh calendar day (UTC+5) the key stops working: its certificate's end.
        expires_on TEXT NOT NULL,
        cert_subject TEXT,
        cert_issuer TEXT,
        cert_serial TEXT,
        cert_not_after TEXT,
        cert_sha256 TEXT,
        cert BLOB,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES staff (id)
      );
      CREATE INDEX eds_keys_by_expiry ON eds_keys (expires_on);
    `);
  },
};
