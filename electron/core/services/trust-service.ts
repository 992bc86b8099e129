import type { ChainStatus } from '../../../shared/contract';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

type TrustMethods = 'audit.status' | 'audit.browse' | 'audit.staff';

/** The audit trail's reads; `status` is the verdict the core reached when it opened the file. */
export function trustHandlers(
  deps: ServiceDeps,
  status: () => ChainStatus,
): HandlersFor<TrustMethods> {
  const { repos } = deps;
  // Stored instants are UTC `…Z` text; a range given with another offset compares as text only
  // once it is spelled the same way.
  const utc = (instant: string | undefined) =>
    instant === undefined ? undefined : new Date(instant).toISOString();
  return {
    'audit.status': () => status(),
    'audit.browse': (q) => {
      const entries = repos.audit.browse({ ...q, from: utc(q.from), to: utc(q.to) });
      const last = entries[entries.length - 1];
      return { entries, nextBeforeId: entries.length === q.limit && last ? last.id : null };
    },
    'audit.staff': () => repos.audit.staff(),
  };
}
