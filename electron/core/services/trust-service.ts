import type { BackupInfo, ChainStatus } from '../../../shared/contract';
import type { BackupManager } from '../backup-manager';
import type { JobContext } from '../context';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from './deps';

type TrustMethods =
  | 'audit.status'
  | 'audit.browse'
  | 'audit.staff'
  | 'backup.list'
  | 'backup.create'
  | 'backup.restore'
  | 'backup.download'
  | 'backup.inspectFile'
  | 'backup.restoreFile';

export interface TrustActions {
  status: () => Promise<ChainStatus>;
  backups: () => BackupManager;
}

// What the job's one audit entry says about a backup (never a path: it may name a user folder).
const noted = (b: BackupInfo) => ({ backup: b.name, takenAt: b.takenAt, counts: b.counts });

/** The audit trail's reads (`status`: the verdict of the walk begun when the file was opened); backups. */
export function trustHandlers(deps: ServiceDeps, actions: TrustActions): HandlersFor<TrustMethods> {
  const { repos } = deps;
  // Stored instants are UTC `…Z` text; a range given with another offset compares as text only
  // once it is spelled the same way.
  const utc = (instant: string | undefined) =>
    instant === undefined ? undefined : new Date(instant).toISOString();
  // `fully`: wait for the copy's full check too (backup-manager.ts), for a copy that leaves.
  const take = async (ctx: JobContext, fully = false) => {
    ctx.progress(0, 2);
    const info = await actions.backups().backupNow('manual', fully);
    ctx.progress(1, 2);
    ctx.note({ ...noted(info), size: info.size });
    return info;
  };
  return {
    'audit.status': () => actions.status(),
    'audit.browse': (q) => {
      const entries = repos.audit.browse({ ...q, from: utc(q.from), to: utc(q.to) });
      const last = entries[entries.length - 1];
      return { entries, nextBeforeId: entries.length === q.limit && last ? last.id : null };
    },
    'audit.staff': () => repos.audit.staff(),
    'backup.list': () => actions.backups().list(),
    'backup.create': async (_input, ctx) => {
      const info = await take(ctx);
      ctx.progress(2, 2);
      return info;
    },
    'backup.download': async (_input, ctx) => {
      const info = await take(ctx, true);
      // The checked copy in the data folder is what leaves: the entry names that file (no copy;
      // a hotel's database outgrows memory within a couple of years).
      const file = deps.files.putPath(info.file, info.name, 'application/vnd.sqlite3');
      ctx.note({ handedOut: true });
      ctx.progress(2, 2);
      return { file, backup: info };
    },
    'backup.restore': async ({ name }, ctx) => {
      const result = await actions.backups().restore(name);
      ctx.note({ ...noted(result.restored), keptAside: result.keptAside });
      return result;
    },
    'backup.inspectFile': ({ fileId }) => {
      return actions.backups().inspectUpload(deps.files.get(fileId));
    },
    'backup.restoreFile': async ({ fileId }, ctx) => {
      const upload = deps.files.get(fileId);
      try {
        const result = await actions.backups().restoreUpload(upload);
        ctx.note({ ...noted(result.restored), uploaded: true, keptAside: result.keptAside });
        return result;
      } finally {
        // Used or refused, the upload (a whole database of guests) does not wait to expire.
        deps.files.delete(fileId);
      }
    },
  };
}
