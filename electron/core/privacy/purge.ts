import type { EraseResult, KeptGuest } from '../../../shared/contract';
import type { AuditFn } from '../context';
import type { Repos } from '../db/repos';
import type { RetentionCounts } from '../db/repos/privacy-repo';

// Guests erased per transaction during a purge: the desk's writes wait for at most one batch.
export const PURGE_BATCH = 100;

/** What a purge with this cutoff covers, read from the database (the rest is files and dates). */
export interface RetentionFound extends RetentionCounts {
  kept: { count: number; listed: KeptGuest[] };
}

/** How much a purge erased. */
export interface PurgeTotals {
  guests: number;
  stays: number;
  proofs: number;
}

/**
 * The guests a retention cutoff reaches and those kept back because something is still owed
 * (issue 19), as the preview shows them and the purge erases them.
 */
export function retentionFound(repos: Pick<Repos, 'privacy'>, cutoff: string): RetentionFound {
  const kept = repos.privacy.kept(cutoff);
  const listed = kept.listed.map((k): KeptGuest => ({
    guestId: k.guest_id,
    stayId: k.last_stay,
    surname: k.surname,
    givenNames: k.given_names,
    ended: k.ended,
    reasons: k.reasons,
  }));
  return { ...repos.privacy.preview(cutoff), kept: { count: kept.count, listed } };
}

/** Erases one guest inside the caller's transaction, with its audit entry. */
export function eraseGuest(
  repos: Pick<Repos, 'privacy' | 'audit'>,
  guestId: number,
  at: string,
  audit: (details: Record<string, unknown>) => void,
  details: Record<string, unknown>,
): EraseResult | null {
  const done = repos.privacy.erase(guestId, at);
  if (!done) return null;
  audit({ ...details, stays: done.stays, proofs: done.proofs });
  const auditRows = repos.audit.erasePersonal(guestId, at);
  return { guestId, ...done, auditRows };
}

export interface PurgeBatches {
  repos: Pick<Repos, 'privacy' | 'audit'>;
  /** The guests to erase (`eligible`), by id. */
  ids: readonly number[];
  months: number;
  cutoff: string;
  /** When the purge was asked for: every erasure it makes is stamped with it. */
  at: string;
  /** Runs `fn` in one short write transaction, with its audit recorder. */
  write: <T>(fn: (audit: AuditFn) => T) => T;
  progress: (done: number, total: number) => void;
  /** Awaited between batches. */
  pause: () => Promise<void>;
  batch?: number;
}

/**
 * Erases the guests in batches, each its own transaction, so a write waits for at most one batch
 * (the desk's, when this runs in a worker thread; a command line's, when the desk runs it).
 */
export async function purgeBatches(p: PurgeBatches): Promise<PurgeTotals> {
  const size = p.batch ?? PURGE_BATCH;
  const total: PurgeTotals = { guests: 0, stays: 0, proofs: 0 };
  p.progress(0, p.ids.length);
  for (let i = 0; i < p.ids.length; i += size) {
    const batch = p.ids.slice(i, i + size);
    p.write((audit) => {
      for (const id of batch) {
        // Checked again in the write: a filing undone since the list was read owes again, and a
        // guest checked in again since is staying (domain.md §1).
        if (p.repos.privacy.owed(id).length || p.repos.privacy.isActive(id)) continue;
        const r = eraseGuest(p.repos, id, p.at, (d) => audit('guest.erase', 'guest', id, d), {
          // `basis`, not `reason`: the trail shows a `reason` as the user's own words.
          basis: 'retention',
          months: p.months,
          cutoff: p.cutoff,
        });
        if (!r) continue;
        total.guests += 1;
        total.stays += r.stays;
        total.proofs += r.proofs;
      }
    });
    p.progress(Math.min(i + size, p.ids.length), p.ids.length);
    await p.pause();
  }
  return total;
}
