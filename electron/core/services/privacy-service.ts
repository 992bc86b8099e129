import {
  AppFailure,
  type EraseResult,
  type KeptGuest,
  type RetentionPreview,
  type RetentionSettings,
} from '../../../shared/contract';
import type { IsoDate } from '../../../shared/rules/dates';
import { kzDateOf } from '../../../shared/rules/kz-time';
import { copiesBefore, copiesHolding, expireCopies, shiftMonths } from '../db/backup/expiry';
import type { Repos } from '../db/repos';
import type { HandlersFor } from '../handlers';
import { exportGuest } from '../privacy/guest-export';
import type { ServiceDeps } from './deps';

type PrivacyMethods =
  | 'privacy.settings'
  | 'privacy.setRetention'
  | 'privacy.preview'
  | 'privacy.purge'
  | 'privacy.stay'
  | 'guests.exportData'
  | 'guests.erasePlan'
  | 'guests.erase';

const SETTING = 'privacy.retention';
// Guests erased per transaction during a purge: the desk's writes wait for at most one batch.
const BATCH = 100;

/** The day N months before `today` (the 31st becomes the month's last day). */
export const monthsBefore = (today: IsoDate, months: number): IsoDate =>
  shiftMonths(today, -months);

/** The saved retention period in months, or null when it is off (the default). */
export const retentionMonths = (repos: Repos): number | null =>
  repos.settings.get<RetentionSettings>(SETTING)?.months ?? null;

/**
 * Personal data (Law No. 94-V; domain.md §7): consent shown per stay, a retention period (off by
 * default) whose purge erases the personal data of guests whose stays all ended before the
 * cutoff, and a guest's data exported or erased on request. Erasing keeps the person's row, its
 * citizenship and every stay's dates, so the statistics count the same; the audit chain keeps
 * its rows and loses only the personal part kept beside it, so it still verifies.
 */
export function privacyHandlers(deps: ServiceDeps): HandlersFor<PrivacyMethods> {
  const { repos } = deps;
  const settings = (): RetentionSettings =>
    repos.settings.get<RetentionSettings>(SETTING) ?? { months: null };
  const preview = (months: number, now: Date): RetentionPreview => {
    const cutoff = monthsBefore(kzDateOf(now), months);
    const kept = repos.privacy.kept(cutoff);
    const listed = kept.listed.map((k): KeptGuest => ({
      guestId: k.guest_id,
      stayId: k.last_stay,
      surname: k.surname,
      givenNames: k.given_names,
      ended: k.ended,
      reasons: k.reasons,
    }));
    return {
      months,
      cutoff,
      ...repos.privacy.preview(cutoff),
      kept: { count: kept.count, listed },
      // The purge deletes the copies older than the period; the rest keep its guests until they
      // expire in turn (db/backup/expiry.ts).
      backupsExpiring: copiesBefore(deps.dbPath, cutoff),
      backups: copiesHolding(deps.dbPath, months, cutoff),
    };
  };
  /** Erases one guest inside the caller's transaction; the audit entry is written first. */
  const erase = (
    guestId: number,
    at: string,
    audit: (details: Record<string, unknown>) => void,
    details: Record<string, unknown>,
  ): EraseResult | null => {
    const done = repos.privacy.erase(guestId, at);
    if (!done) return null;
    audit({ ...details, stays: done.stays, proofs: done.proofs });
    const auditRows = repos.audit.erasePersonal(guestId, at);
    return { guestId, ...done, auditRows };
  };

  return {
    'privacy.settings': () => settings(),
    'privacy.setRetention': ({ months }, ctx) => {
      const before = settings().months;
      repos.settings.put(SETTING, { months });
      ctx.audit('privacy.retention', 'settings', SETTING, { months, before });
      return { months };
    },
    'privacy.preview': ({ months }, ctx) => preview(months, ctx.now()),
    'privacy.purge': async ({ months }, ctx) => {
      // The purge runs only what the owner saved and previewed: a stale screen cannot purge
      // with another period.
      if (settings().months !== months) throw new AppFailure('conflict');
      const planned = preview(months, ctx.now());
      const ids = repos.privacy.eligible(planned.cutoff);
      const total = { guests: 0, stays: 0, proofs: 0 };
      ctx.progress(0, ids.length);
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        ctx.transaction((audit) => {
          const at = ctx.now().toISOString();
          for (const id of batch) {
            // Checked again in the write: a filing undone since the list was read owes again.
            if (repos.privacy.owed(id).length) continue;
            const r = erase(id, at, (d) => audit('guest.erase', 'guest', id, d), {
              // `basis`, not `reason`: the trail shows a `reason` as the user's own words.
              basis: 'retention',
              months,
              cutoff: planned.cutoff,
            });
            if (!r) continue;
            total.guests += 1;
            total.stays += r.stays;
            total.proofs += r.proofs;
          }
        });
        ctx.progress(Math.min(i + BATCH, ids.length), ids.length);
        // Lets the desk's calls run between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Retention reaches the copies too: those taken before the cutoff still hold the guests
      // just erased (and the ones erased before).
      repos.privacy.dropWalFrames();
      const expired = expireCopies(deps.dbPath, planned.cutoff).length;
      ctx.note({ months, cutoff: planned.cutoff, ...total, backupsExpired: expired });
      return { ...planned, ...total };
    },
    'privacy.stay': ({ stayId }) => {
      const r = repos.privacy.consentOfStay(stayId);
      if (!r) throw new AppFailure('not_found');
      return {
        guestId: r.guest_id,
        consentAt: r.consent_at,
        consentLanguage: r.consent_language,
        consentBy: r.staff_name,
        erasedAt: r.erased_at,
      };
    },
    'guests.exportData': async ({ guestId, language }, ctx) => {
      if (!repos.privacy.guest(guestId)) throw new AppFailure('not_found');
      ctx.progress(0, 2);
      const out = await exportGuest(deps, guestId, language, ctx.now());
      ctx.progress(2, 2);
      ctx.note({ guestId, stays: out.stays });
      return out;
    },
    'guests.erasePlan': ({ guestId }) => {
      if (!repos.privacy.guest(guestId)) throw new AppFailure('not_found');
      return {
        owed: repos.privacy.owed(guestId).map((o) => ({
          notificationId: o.id,
          stayId: o.stay_id,
          dueDate: o.due_date,
          reason: o.reason,
        })),
        backups: copiesHolding(deps.dbPath, retentionMonths(repos)),
      };
    },
    'guests.erase': ({ guestId, confirm, reason, owedConfirmed }, ctx) => {
      const guest = repos.privacy.guest(guestId);
      if (!guest) throw new AppFailure('not_found');
      if (guest.erased_at) throw new AppFailure('conflict');
      const issue = (code: string, field: string) =>
        new AppFailure('invalid', { issues: [{ field, code }] });
      if (confirm.trim().toUpperCase() !== guest.surname.trim().toUpperCase()) {
        throw issue('privacy.confirm_mismatch', 'confirm');
      }
      // A guest staying now is still owed to the migration police (domain.md §1): not erased.
      if (repos.privacy.isActive(guestId)) throw issue('privacy.guest_active', 'guestId');
      // Something still owed could never be filed once the name and document are gone: erased
      // only when the owner, told so, asks again.
      const owed = repos.privacy.owed(guestId);
      if (owed.length && !owedConfirmed) throw issue('privacy.guest_owed', 'owedConfirmed');
      const at = ctx.now().toISOString();
      const r = erase(guestId, at, (d) => ctx.audit('guest.erase', 'guest', guestId, d), {
        basis: 'request',
        note: reason,
        ...(owed.length ? { owed: owed.map((o) => o.id) } : {}),
      });
      if (!r) throw new AppFailure('conflict');
      // Once this write has committed (the transaction is synchronous: it has by the next turn).
      setImmediate(repos.privacy.dropWalFrames);
      return r;
    },
  };
}
