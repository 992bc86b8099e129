import type { Migration } from './index';

/**
 * Failed portal attempts on a notice (issue 23; domain.md §10: "record each failed portal
 * attempt (time, portal, what it said) as evidence on the notice"). An inspector asks what the
 * host did; a refused or broken portal is the host's evidence. The screenshot, when one was
 * picked, is kept in the row as proofs keep their PDFs; an erased guest's bytes and text go.
 */
export const m0016PortalAttempts: Migration = {
  version: 16,
  name: '0016-portal-attempts',
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
  },
};
