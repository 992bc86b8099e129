import type { Portal } from '../../../../shared/contract';
import type { Db } from '../connection';

export interface FilingRecord {
  id: number;
  notificationId: number;
  portal: Portal;
  filedAt: string;
  filedBy: { id: number; name: string } | null;
  reference: string;
  outcome: 'filed' | 'no_pdf';
  lateWorkingDays: number | null;
  voidedAt: string | null;
  voidReason: string | null;
}

interface Row {
  id: number;
  notification_id: number;
  portal: Portal;
  filed_at: string;
  filed_by: number | null;
  staff_name: string | null;
  reference: string;
  outcome: 'filed' | 'no_pdf';
  late_working_days: number | null;
  voided_at: string | null;
  void_reason: string | null;
}

const toRecord = (r: Row): FilingRecord => ({
  id: r.id,
  notificationId: r.notification_id,
  portal: r.portal,
  filedAt: r.filed_at,
  filedBy: r.filed_by !== null ? { id: r.filed_by, name: r.staff_name ?? '' } : null,
  reference: r.reference,
  outcome: r.outcome,
  lateWorkingDays: r.late_working_days,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
});

/** Filings of notices (when, where, by whom, the portal's reference) and checklist progress. */
export function createFilingRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO filings (notification_id, portal, filed_at, filed_by, reference, outcome,
       late_working_days, created_at)
     VALUES (@notificationId, @portal, @filedAt, @filedBy, @reference, @outcome,
       @lateWorkingDays, @at) RETURNING id`,
  );
  const SELECT = `SELECT f.*, s.name AS staff_name FROM filings f
    LEFT JOIN staff s ON s.id = f.filed_by`;
  const ofNotification = db.prepare(`${SELECT} WHERE f.notification_id = ? ORDER BY f.id`);
  const live = db.prepare(
    `${SELECT} WHERE f.notification_id = ? AND f.voided_at IS NULL ORDER BY f.id DESC LIMIT 1`,
  );
  const voidOne = db.prepare('UPDATE filings SET voided_at = ?, void_reason = ? WHERE id = ?');
  const correct = db.prepare(
    `UPDATE filings SET portal = @portal, filed_at = @filedAt, reference = @reference,
       late_working_days = @lateWorkingDays WHERE id = @id`,
  );
  // Late filings in a window: the Art. 48 look-back (filings_late is a partial index).
  const lateBetween = db.prepare(
    `SELECT filed_at FROM filings WHERE late_working_days > 0 AND voided_at IS NULL
       AND filed_at >= ? AND filed_at <= ? ORDER BY filed_at`,
  );
  const progressGet = db.prepare(
    'SELECT done FROM filing_progress WHERE notification_id = ? AND portal = ?',
  );
  const progressAny = db.prepare(
    "SELECT COUNT(*) AS n FROM filing_progress WHERE notification_id = ? AND done != '[]'",
  );
  const progressPut = db.prepare(
    `INSERT INTO filing_progress (notification_id, portal, done, updated_at, updated_by)
     VALUES (@notificationId, @portal, @done, @at, @staffId)
     ON CONFLICT (notification_id, portal) DO UPDATE SET done = excluded.done,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  return {
    insert: (f: {
      notificationId: number;
      portal: Portal;
      filedAt: string;
      filedBy: number;
      reference: string;
      at: string;
      outcome?: 'filed' | 'no_pdf';
      lateWorkingDays?: number | null;
    }): number =>
      (
        insert.get({ outcome: 'filed', lateWorkingDays: null, ...f }) as {
          id: number;
        }
      ).id,
    ofNotification: (notificationId: number): FilingRecord[] =>
      (ofNotification.all(notificationId) as Row[]).map(toRecord),
    /** The filing in force (not taken back), if any. */
    live: (notificationId: number): FilingRecord | null => {
      const r = live.get(notificationId) as Row | undefined;
      return r ? toRecord(r) : null;
    },
    void: (id: number, at: string, reason: string): void => {
      voidOne.run(at, reason, id);
    },
    correct: (f: {
      id: number;
      portal: Portal;
      filedAt: string;
      reference: string;
      lateWorkingDays: number | null;
    }): void => {
      correct.run(f);
    },
    lateFiledBetween: (from: string, to: string): string[] =>
      (lateBetween.all(from, to) as Array<{ filed_at: string }>).map((r) => r.filed_at),
    progress: (notificationId: number, portal: Portal): string[] => {
      const r = progressGet.get(notificationId, portal) as { done: string } | undefined;
      return r ? (JSON.parse(r.done) as string[]) : [];
    },
    hasProgress: (notificationId: number): boolean =>
      (progressAny.get(notificationId) as { n: number }).n > 0,
    saveProgress: (p: {
      notificationId: number;
      portal: Portal;
      done: string[];
      at: string;
      staffId: number;
    }): void => {
      progressPut.run({ ...p, done: JSON.stringify(p.done) });
    },
  };
}
export type FilingRepo = ReturnType<typeof createFilingRepo>;
