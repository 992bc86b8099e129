import type { Db } from '../connection';

export interface CheckInKeyRecord {
  bodySha256: string;
  groupId: string;
  stayIds: number[];
}

/** The idempotency keys of check-ins sent from a desk's outbox (migration 0020). */
export function createCheckInKeyRepo(db: Db) {
  const get = db.prepare('SELECT body_sha256, group_id, stay_ids FROM check_in_keys WHERE key = ?');
  const insert = db.prepare(
    `INSERT INTO check_in_keys (key, body_sha256, group_id, stay_ids, desk_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare('DELETE FROM check_in_keys WHERE created_at < ?');
  return {
    /** Forgets the keys recorded before `before` (an ISO instant); returns how many went. */
    prune: (before: string): number => prune.run(before).changes,
    get: (key: string): CheckInKeyRecord | null => {
      const r = get.get(key) as
        { body_sha256: string; group_id: string; stay_ids: string } | undefined;
      return r
        ? {
            bodySha256: r.body_sha256,
            groupId: r.group_id,
            stayIds: JSON.parse(r.stay_ids) as number[],
          }
        : null;
    },
    insert: (key: string, rec: CheckInKeyRecord, deskId: number | null, at: string): void => {
      insert.run(key, rec.bodySha256, rec.groupId, JSON.stringify(rec.stayIds), deskId, at);
    },
  };
}
