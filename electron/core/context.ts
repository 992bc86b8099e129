import type { AuditAction, StaffMember } from '../../shared/contract';

/** A paired desk, as a call and the audit trail name it. */
export interface DeskRef {
  id: number;
  name: string;
}

/**
 * Who is calling and what time it is. `staff` is null for a caller nobody has signed in as:
 * only `'public'` contract entries ever see that (the dispatcher refuses the rest).
 */
export interface PublicContext {
  staff: StaffMember | null;
  /**
   * The paired desk the call came through over the LAN (issue 22), or absent on the host's own
   * window, loopback bridge and command line. The audit trail records it with every write.
   */
  desk?: DeskRef | null;
  /** The session token the call came with (null for the in-process system actor). */
  session: string | null;
  now: () => Date;
}

/** The context of every entry that needs a signed-in staff member. */
export interface CallContext extends PublicContext {
  staff: StaffMember;
}

/** Records one audit entry inside the current write transaction. */
export type AuditFn = (
  action: AuditAction,
  entity: string,
  entityId: string | number | null,
  details?: Record<string, unknown>,
) => void;

/** A write handler's context: the call's plus the audit recorder of its transaction. */
export type WriteContext<C extends PublicContext = CallContext> = C & { audit: AuditFn };

/**
 * A job's context (contract kind `job`): outside any transaction. Changes go through
 * `transaction`, a short IMMEDIATE write of its own with the same audit recorder; `note` adds
 * details to the one entry written when the job finishes.
 */
export type JobContext<C extends PublicContext = CallContext> = C & {
  jobId: string;
  progress: (done: number, total: number) => void;
  transaction: <T>(fn: (audit: AuditFn) => T) => T;
  note: (details: Record<string, unknown>) => void;
  /**
   * Says the job changed the database through another connection (a worker thread's), so the
   * desk's views are told once it ends, as after its own `transaction`.
   */
  changed: () => void;
};

/** A write made at a paired desk says so in its audit entry (issue 22). */
export const withDesk = (
  ctx: PublicContext,
  details: Record<string, unknown>,
): Record<string, unknown> => (ctx.desk ? { ...details, desk: ctx.desk } : details);
