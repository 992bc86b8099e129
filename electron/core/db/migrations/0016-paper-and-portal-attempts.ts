import type { Migration } from './index';

/**
 * Issue 23, "when the portals cannot take the notice".
 *
 * Failed portal attempts on a notice (issue 23; domain.md §10: "record each failed portal
 * attempt (time, portal, what it said) as evidence on the notice"). An inspector asks what the
 * host did; a refused or broken portal is the host's evidence. The screenshot, when one was
 * picked, is kept in the row as proofs keep their PDFs; an erased guest's bytes and text go.
 */
export const m0016PaperAndPortalAttempts: Migration = {
  version: 16,
  name: '0016-paper-and-portal-attempts',
  up(db) {
    db.exec(`
      CREATE TABLE portal_attempts (
        id INTEGER PRIMARY KEY,
        notification_id INTEGER NOT NULL REFERENCES notifications (id),
        portal TEXT NOT NULL CHECK (portal IN ('eqonaq', 'vmp')),
        attempted_at TEXT NOT NULL,
        tried_by INTEGER REFERENCES staff (id),
        message TEXT NOT NULL DEFAULT '',
        screenshot_type TEXT,
        screenshot_sha256 TEXT,
        screenshot_size INTEGER NOT NULL DEFAULT 0,
        screenshot BLOB,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id)
      );
      CREATE INDEX portal_attempts_by_notification
        ON portal_attempts (notification_id, attempted_at);
    `);
    // Paper, filed in person at the migration police, is a third channel beside the portals
    // (domain.md §10). SQLite cannot widen a CHECK in place: the two tables are rebuilt. Proofs
    // point at filings, and dropping a parent with children fails their foreign key (deferred or
    // not), so they step aside into a temporary table while filings is rebuilt, then come back.
    db.exec(`
      CREATE TEMP TABLE proofs_aside AS SELECT * FROM proofs;
      DELETE FROM proofs;

      CREATE TABLE filings_new (
        id INTEGER PRIMARY KEY,
        notification_id INTEGER NOT NULL REFERENCES notifications (id),
        portal TEXT NOT NULL CHECK (portal IN ('eqonaq', 'vmp', 'paper')),
        filed_at TEXT NOT NULL,
        filed_by INTEGER REFERENCES staff (id),
        reference TEXT NOT NULL DEFAULT '',
        proof_name TEXT,
        proof_sha256 TEXT,
        proof BLOB,
        created_at TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'filed' CHECK (outcome IN ('filed', 'no_pdf')),
        late_working_days INTEGER,
        voided_at TEXT,
        void_reason TEXT
      );
      INSERT INTO filings_new SELECT id, notification_id, portal, filed_at, filed_by, reference,
        proof_name, proof_sha256, proof, created_at, outcome, late_working_days, voided_at,
        void_reason FROM filings;
      DROP TABLE filings;
      ALTER TABLE filings_new RENAME TO filings;
      CREATE INDEX filings_by_notification ON filings (notification_id);
      CREATE INDEX filings_late ON filings (filed_at) WHERE late_working_days > 0 AND voided_at IS NULL;
      CREATE INDEX filings_by_filer ON filings (filed_by);

      INSERT INTO proofs SELECT * FROM proofs_aside;
      DROP TABLE proofs_aside;
      -- A paper filing's proof is a scan or a photo of the stamped copy, not only a PDF.
      ALTER TABLE proofs ADD COLUMN type TEXT NOT NULL DEFAULT 'application/pdf';

      CREATE TABLE filing_progress_new (
        notification_id INTEGER NOT NULL REFERENCES notifications (id),
        portal TEXT NOT NULL CHECK (portal IN ('eqonaq', 'vmp', 'paper')),
        done TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES staff (id),
        PRIMARY KEY (notification_id, portal)
      );
      INSERT INTO filing_progress_new SELECT notification_id, portal, done, updated_at, updated_by
        FROM filing_progress;
      DROP TABLE filing_progress;
      ALTER TABLE filing_progress_new RENAME TO filing_progress;
    `);
  },
};
