import type { Migration } from './index';

/**
 * Issue 22, "the outbox": a desk that kept check-ins while the host was away sends each with an
 * idempotency key, and may send it again after a crash mid-send. The host remembers each key with
 * a digest of the body it came with and the stays it made, written in the check-in's own
 * transaction, so a retry returns those stays and never makes a second guest. Only a digest and
 * ids are kept: the guest's data stays where erasure (0007) finds it.
 */
export const m0020CheckInKeys: Migration = {
  version: 20,
  name: '0020-check-in-keys',
  up(db) {
    db.exec(`
      CREATE TABLE check_in_keys (
        key TEXT PRIMARY KEY,
        body_sha256 TEXT NOT NULL,
        group_id TEXT NOT NULL,
        stay_ids TEXT NOT NULL,
        desk_id INTEGER REFERENCES desks (id),
        created_at TEXT NOT NULL
      );
    `);
  },
};
