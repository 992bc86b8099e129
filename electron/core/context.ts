import type { AuditAction, StaffMember } from '../../shared/contract';

/**
 * Who is calling and what time it is. `staff` is null for a caller nobody has signed in as:
 * only `'public'` contract entries ever see that (the dispatcher refuses the rest).
 */
export interface PublicContext {
  staff: StaffMember | null;
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
};
