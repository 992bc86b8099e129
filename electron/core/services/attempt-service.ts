import crypto from 'node:crypto';
import { AppFailure, SCREENSHOT_MAX_BYTES, type PortalAttemptView } from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';
import { checkDeskReach } from './desk-reach';
import { invalid } from './filing-service';
import { noticeView } from './notices';

/** The image types a screenshot may be, told by their first bytes (never by the name). */
export function screenshotType(
  bytes: Uint8Array,
): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  const at = (i: number, ...b: number[]) => b.every((x, j) => bytes[i + j] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

const EXTENSION = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;

/**
 * "The portal did not accept it" (domain.md §10: record each failed portal attempt, its time,
 * portal and what it said, as evidence on the notice). A job, as attaching a proof is: the
 * screenshot is read from the file store outside the transaction that keeps it.
 */
export function attemptHandlers(
  deps: ServiceDeps,
): HandlersFor<'notifications.recordAttempt' | 'notifications.attemptScreenshot'> {
  const { repos } = deps;
  return {
    'notifications.recordAttempt': async (input, ctx) => {
      let screenshot: { type: string; sha256: string; bytes: Uint8Array } | null = null;
      if (input.fileId) {
        const meta = deps.files.get(input.fileId);
        if (meta.size > SCREENSHOT_MAX_BYTES) {
          throw new AppFailure('file.too_large', {
            params: { max: SCREENSHOT_MAX_BYTES / 1024 / 1024 },
          });
        }
        const bytes = deps.files.bytes(input.fileId);
        const type = screenshotType(bytes);
        if (!type) throw new AppFailure('file.not_image');
        const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
        screenshot = { type, sha256, bytes };
      }
      const attemptedAt = new Date(input.attemptedAt).toISOString();
      if (attemptedAt > new Date(ctx.now().getTime() + 5 * 60_000).toISOString()) {
        throw new AppFailure('api.invalid_input', {
          issues: [{ field: 'attemptedAt', code: 'date.future' }],
        });
      }
      const attempt = ctx.transaction((audit): PortalAttemptView => {
        const n = repos.notifications.get(input.notificationId);
        if (!n) throw new AppFailure('not_found');
        if (n.kind !== 'host_notice') throw invalid('notificationId', 'filing.not_owed');
        if (n.state === 'cancelled') throw invalid('notificationId', 'filing.cancelled');
        const triedBy = input.triedBy ?? ctx.staff.id;
        if (!repos.staff.get(triedBy)) throw invalid('triedBy', 'filing.unknown_staff');
        const id = repos.attempts.insert({
          notificationId: n.id,
          portal: input.portal,
          attemptedAt,
          triedBy,
          message: input.message,
          screenshot,
          at: ctx.now().toISOString(),
          staffId: ctx.staff.id,
        });
        audit('notification.portal_failed', 'notification', n.id, {
          attemptId: id,
          portal: input.portal,
          attemptedAt,
          triedBy,
          // What the portal said may name the guest: kept beside the chain (PERSONAL_KEYS).
          portalMessage: input.message,
          screenshotSha256: screenshot?.sha256 ?? null,
        });
        return repos.attempts.ofNotification(n.id).find((a) => a.id === id)!;
      });
      if (input.fileId) deps.files.delete(input.fileId);
      return {
        notice: noticeView(
          repos.notifications.get(input.notificationId)!,
          deps.calendar.get(),
          ctx.now(),
        ),
        attempt,
      };
    },

    'notifications.attemptScreenshot': ({ attemptId }, ctx) => {
      const shot = repos.attempts.screenshot(attemptId);
      if (!shot) throw new AppFailure('not_found');
      checkDeskReach(deps, ctx.staff, shot.stayId);
      const ext = EXTENSION[shot.type as keyof typeof EXTENSION] ?? 'png';
      return deps.files.put(shot.bytes, `attempt-${attemptId}.${ext}`, shot.type);
    },
  };
}
