import {
  AppFailure,
  type RetentionPreview,
  type RetentionSettings,
} from '../../../shared/contract';
import type { IsoDate } from '../../../shared/rules/dates';
import { kzDateOf } from '../../../shared/rules/kz-time';
import { copiesBefore, copiesHolding, expireCopies, shiftMonths } from '../db/backup/expiry';
import type { Repos } from '../db/repos';
import type { HandlersFor } from '../handlers';
import { exportGuest } from '../privacy/guest-export';
import { eraseGuest, purgeBatches, retentionFound, type PurgeTotals } from '../privacy/purge';
import type { PurgeOutcome, PurgeTask } from '../privacy/purge-job';
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

/**
 * Where a retention purge runs off the desk's thread (the core's worker thread, core.ts); told
 * its progress. Without it (a database in memory), the purge runs here in batches.
 */
export type PurgeInThread = (
  task: PurgeTask,
  onProgress: (done: number, total: number) => void,
) => Promise<PurgeOutcome>;

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
export function privacyHandlers(
  deps: ServiceDeps,
  purgeInThread?: PurgeInThread,
): HandlersFor<PrivacyMethods> {
  const { repos } = deps;
  const settings = (): RetentionSettings =>
    repos.settings.get<RetentionSettings>(SETTING) ?? { months: null };
  // The copies beside the file: the purge deletes those older than the period; the rest keep its
  // guests until they expire in turn (db/backup/expiry.ts).
  const copies = (months: number, cutoff: IsoDate) => ({
    backupsExpiring: copiesBefore(deps.dbPath, cutoff),
    backups: copiesHolding(deps.dbPath, months, cutoff),
  });
  const preview = (months: number, now: Date): RetentionPreview => {
    const cutoff = monthsBefore(kzDateOf(now), months);
    return { months, cutoff, ...retentionFound(repos, cutoff), ...copies(months, cutoff) };
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
      const cutoff = monthsBefore(kzDateOf(ctx.now()), months);
      const at = ctx.now().toISOString();
      let done: PurgeOutcome;
      if (purgeInThread) {
        // Its batches commit from the thread's connection, and may have when it fails.
        ctx.changed();
        done = await purgeInThread(
          {
            dbFile: deps.dbPath,
            months,
            cutoff,
            at,
            staffId: ctx.staff?.id ?? null,
            desk: ctx.desk ?? null,
            jobId: ctx.jobId,
          },
          ctx.progress,
        );
      } else {
        const found = retentionFound(repos, cutoff);
        const totals: PurgeTotals = await purgeBatches({
          repos,
          ids: repos.privacy.eligible(cutoff),
          months,
          cutoff,
          at,
          write: ctx.transaction,
          progress: ctx.progress,
          // Lets the desk's calls run between batches.
          pause: () => new Promise((resolve) => setImmediate(resolve)),
        });
        done = { found, totals };
      }
      // Retention reaches the copies too: those taken before the cutoff still hold the guests
      // just erased (and the ones erased before). Counted before they go, as the preview did.
      const held = copies(months, cutoff);
      repos.privacy.dropWalFrames();
      const expired = expireCopies(deps.dbPath, cutoff).length;
      ctx.note({ months, cutoff, ...done.totals, backupsExpired: expired });
      return { months, cutoff, ...done.found, ...held, ...done.totals };
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
      const r = eraseGuest(
        repos,
        guestId,
        at,
        (d) => ctx.audit('guest.erase', 'guest', guestId, d),
        {
          basis: 'request',
          note: reason,
          ...(owed.length ? { owed: owed.map((o) => o.id) } : {}),
        },
      );
      if (!r) throw new AppFailure('conflict');
      // Once this write has committed (the transaction is synchronous: it has by the next turn).
      setImmediate(repos.privacy.dropWalFrames);
      return r;
    },
  };
}
