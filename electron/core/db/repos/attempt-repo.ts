import type { AttemptPortal, PortalAttemptView } from '../../../../shared/contract';
import type { Db } from '../connection';

interface Row {
  id: number;
  notification_id: number;
  portal: AttemptPortal;
  attempted_at: string;
  tried_by: number | null;
  staff_name: string | null;
  message: string;
  screenshot_type: string | null;
  screenshot_size: number;
}

const toView = (r: Row): PortalAttemptView => ({
  id: r.id,
  portal: r.portal,
  attemptedAt: r.attempted_at,
  triedBy: r.tried_by !== null ? { id: r.tried_by, name: r.staff_name ?? '' } : null,
  message: r.message,
  screenshot: r.screenshot_size > 0 && r.screenshot_type !== null,
});

/** Failed portal attempts on notices (migration 0016): the host's evidence of trying. */
export function createAttemptRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO portal_attempts (notification_id, portal, attempted_at, tried_by, message,
       screenshot_type, screenshot_sha256, screenshot_size, screenshot, created_at, created_by)
     VALUES (@notificationId, @portal, @attemptedAt, @triedBy, @message, @type, @sha256, @size,
       @bytes, @at, @staffId) RETURNING id`,
  );
  const ofNotification = db.prepare(
    `SELECT a.id, a.notification_id, a.portal, a.attempted_at, a.tried_by, s.name AS staff_name,
       a.message, a.screenshot_type, a.screenshot_size
     FROM portal_attempts a LEFT JOIN staff s ON s.id = a.tried_by
     WHERE a.notification_id = ? ORDER BY a.attempted_at DESC, a.id DESC`,
  );
  const screenshot = db.prepare(
    `SELECT a.id, a.screenshot_type AS type, a.screenshot AS bytes, n.stay_id
     FROM portal_attempts a JOIN notifications n ON n.id = a.notification_id
     WHERE a.id = ? AND a.screenshot_size > 0 AND a.screenshot_type IS NOT NULL`,
  );
  return {
    insert: (a: {
      notificationId: number;
      portal: AttemptPortal;
      attemptedAt: string;
      triedBy: number;
      message: string;
      screenshot: { type: string; sha256: string; bytes: Uint8Array } | null;
      at: string;
      staffId: number;
    }): number =>
      (
        insert.get({
          notificationId: a.notificationId,
          portal: a.portal,
          attemptedAt: a.attemptedAt,
          triedBy: a.triedBy,
          message: a.message,
          type: a.screenshot?.type ?? null,
          sha256: a.screenshot?.sha256 ?? null,
          size: a.screenshot?.bytes.byteLength ?? 0,
          bytes: a.screenshot ? Buffer.from(a.screenshot.bytes) : null,
          at: a.at,
          staffId: a.staffId,
        }) as { id: number }
      ).id,
    /** A notice's attempts, the latest first. */
    ofNotification: (notificationId: number): PortalAttemptView[] =>
      (ofNotification.all(notificationId) as Row[]).map(toView),
    screenshot: (id: number): { type: string; bytes: Uint8Array; stayId: number } | null => {
      const r = screenshot.get(id) as { type: string; bytes: Buffer; stay_id: number } | undefined;
      return r ? { type: r.type, bytes: new Uint8Array(r.bytes), stayId: r.stay_id } : null;
    },
  };
}
export type AttemptRepo = ReturnType<typeof createAttemptRepo>;
