import type { Portal } from '../../../../shared/contract';
import type { Db } from '../connection';

/** Proof that a notice was filed: when, where, by whom, and the portal's reference. */
export function createFilingRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO filings (notification_id, portal, filed_at, filed_by, reference, created_at)
     VALUES (@notificationId, @portal, @filedAt, @filedBy, @reference, @at) RETURNING id`,
  );
  return {
    insert: (f: {
      notificationId: number;
      portal: Portal;
      filedAt: string;
      filedBy: number;
      reference: string;
      at: string;
    }): number => (insert.get(f) as { id: number }).id,
  };
}
export type FilingRepo = ReturnType<typeof createFilingRepo>;
