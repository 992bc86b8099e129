import type { Migration } from './index';

/**
 * Filing states, proof PDFs, checklist progress and end-of-shift reports (issue 8).
 * `notifications.filing_state` is kept beside `state` (which other code reads as
 * pending/filed/cancelled) so the board, which lists every notice not yet proven, reads one
 * partial index instead of scanning every filed notice of every past stay.
 */
export const m0003FilingProof: Migration = {
  version: 3,
  name: '0003-filing-proof',
  up(db) {
    db.exec(`
      ALTER TABLE notifications ADD COLUMN filing_state TEXT NOT NULL DEFAULT 'owed'
        CHECK (filing_state IN ('owed', 'in_progress', 'filed_no_proof', 'no_pdf', 'proven'));
      UPDATE notifications SET filing_state = 'filed_no_proof' WHERE state = 'filed';
      CREATE INDEX notifications_unproven ON notifications (due_date, id)
        WHERE state != 'cancelled' AND filing_state != 'proven';

      ALTER TABLE filings ADD COLUMN outcome TEXT NOT NULL DEFAULT 'filed'
        CHECK (outcome IN ('filed', 'no_pdf'));
      ALTER TABLE filings ADD COLUMN late_working_days INTEGER;
      ALTER TABLE filings ADD COLUMN voided_at TEXT;
      ALTER TABLE filings ADD COLUMN void_reason TEXT;
      CREATE INDEX filings_late ON filings (filed_at) WHERE late_working_days > 0 AND voided_at IS NULL;

      -- The portal's notice PDF, kept apart from filings so listing filings never pages in bytes.
      -- (filings.proof_* from 0001 stay unused.)
      CREATE TABLE proofs (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filings (id),
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        matched INTEGER NOT NULL CHECK (matched IN (0, 1)),
        confirmed_mismatch INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_mismatch IN (0, 1)),
        attached_at TEXT NOT NULL,
        attached_by INTEGER REFERENCES staff (id),
        removed_at TEXT,
        remove_reason TEXT
      );
      CREATE INDEX proofs_by_filing ON proofs (filing_id);

      CREATE TABLE filing_progress (
        notification_id INTEGER NOT NULL REFERENCES notifications (id),
        portal TEXT NOT NULL CHECK (portal IN ('eqonaq', 'vmp')),
        done TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES staff (id),
        PRIMARY KEY (notification_id, portal)
      );

      CREATE TABLE shift_reports (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff (id),
        language TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        in_house INTEGER NOT NULL,
        open INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        signed_at TEXT,
        signed_by INTEGER REFERENCES staff (id)
      );

      -- Who checked a guest in: the board's staff filter.
      CREATE INDEX stay_events_check_in ON stay_events (stay_id, staff_id) WHERE kind = 'check_in';
    `);
  },
};
