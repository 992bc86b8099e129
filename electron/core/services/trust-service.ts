import type { ChainStatus } from '../../../shared/contract';
import type { BackupManager } from '../backup-manager';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

type TrustMethods =
  | 'audit.status'
  | 'audit.browse'
  | 'audit.staff'
  | 'backup.list'
  | 'backup.create'
  | 'backup.restore';

export interface TrustActions {
  status: () => Promise<ChainStatus>;
  backups: () => BackupManager;
}

/** The audit trail's reads (`status`: the verdict of the walk begun when the file was opened); backups. */
export function trustHandlers(deps: ServiceDeps, actions: TrustActions): HandlersFor<TrustMethods> {
  const { repos } = deps;
  // Stored instants are UTC `…Z` text; a range given with another offset compares as text only
  // once it is spelled the same way.
  const utc = (instant: string | undefined) =>
    instant === undefined ? undefined : new Date(instant).toISOString();
  return {
    'audit.status': () => actions.status(),
    'audit.browse': (q) => {
      const entries = repos.audit.browse({ ...q, from: utc(q.from), to: utc(q.to) });
      const last = entries[entries.length - 1];
      return { entries, nextBeforeId: entries.length === q.limit && last ? last.id : null };
    },
    'audit.staff': () => repos.audit.staff(),
    'backup.list': () => actions.backups().list(),
    'backup.create': () => actions.backups().backupNow('manual'),
    'backup.restore': ({ name }) => actions.backups().restore(name),
  };
}
