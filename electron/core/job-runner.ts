import crypto from 'node:crypto';
import { withDesk, type AuditFn, type JobContext, type PublicContext } from './context';
import { writeTransaction, type Db } from './db/connection';
import type { AuditRepo } from './db/repos/audit-repo';

export interface JobDeps {
  db: Db;
  audit: AuditRepo;
  onProgress?: (p: { jobId: string; method: string; done: number; total: number }) => void;
  /** Told after a job's transaction commits, with the method's domain. */
  onCommitted?: (domain: string) => void;
  /**
   * The database open when the job ends. A restore swaps the file under a running job: its
   * closing entry belongs in the restored database, not the closed one.
   */
  current?: () => { db: Db; audit: AuditRepo };
}

/**
 * Runs a `job` method: async, outside any transaction (a PDF is read, a report drawn, a backup
 * copied while the desk keeps working). Its writes are short IMMEDIATE transactions of its own;
 * one audit entry is written when it ends, success or failure, so a failed attempt leaves a
 * trace too.
 */
export async function runJob(
  deps: JobDeps,
  method: string,
  handler: (input: unknown, ctx: JobContext<PublicContext>) => Promise<unknown>,
  input: unknown,
  ctx: PublicContext,
): Promise<unknown> {
  const jobId = crypto.randomBytes(9).toString('base64url');
  const domain = method.split('.')[0] ?? method;
  const notes: Record<string, unknown> = {};
  const startedAt = ctx.now().toISOString();
  let wrote = false;
  const job: JobContext<PublicContext> = {
    ...ctx,
    jobId,
    progress: (done, total) => deps.onProgress?.({ jobId, method, done, total }),
    note: (details) => Object.assign(notes, details),
    changed: () => {
      wrote = true;
    },
    transaction: <T>(fn: (audit: AuditFn) => T): T => {
      const at = ctx.now().toISOString();
      const audit: AuditFn = (action, entity, entityId, details = {}) =>
        deps.audit.record(
          at,
          ctx.staff?.id ?? null,
          action,
          entity,
          entityId,
          withDesk(ctx, { jobId, ...details }),
        );
      const value = writeTransaction(deps.db, () => {
        const v = fn(audit);
        if (v instanceof Promise) throw new Error(`${method}: a job transaction must not be async`);
        return v;
      });
      wrote = true;
      return value;
    },
  };
  const finish = (outcome: 'done' | 'failed', extra: Record<string, unknown>) => {
    const { db, audit } = deps.current?.() ?? deps;
    writeTransaction(db, () => {
      audit.record(
        ctx.now().toISOString(),
        ctx.staff?.id ?? null,
        `job.${outcome}`,
        'job',
        jobId,
        withDesk(ctx, { method, startedAt, ...notes, ...extra }),
      );
    });
  };
  try {
    const value = await handler(input, job);
    finish('done', {});
    if (wrote) deps.onCommitted?.(domain);
    return value;
  } catch (err) {
    const code = (err as { error?: { code?: string } }).error?.code;
    try {
      finish('failed', { error: code ?? 'internal' });
    } catch {
      // The failure itself is what the caller must hear about; a second one would hide it.
    }
    if (wrote) deps.onCommitted?.(domain);
    throw err;
  }
}
