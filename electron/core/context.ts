import type { StaffMember } from '../../shared/contract';

/** Who is acting and what time it is; every call runs with one. */
export interface CallContext {
  staff: StaffMember;
  now: () => Date;
}

/** Records one audit entry inside the current write transaction. */
export type AuditFn = (
  action: string,
  entity: string,
  entityId: string | number | null,
  details?: Record<string, unknown>,
) => void;

/** A write handler's context: the call's plus the audit recorder of its transaction. */
export interface WriteContext extends CallContext {
  audit: AuditFn;
}

/**
 * A job's context (contract kind `job`): outside any transaction. Changes go through
 * `transaction`, a short IMMEDIATE write of its own with the same audit recorder; `note` adds
 * details to the one entry written when the job finishes.
 */
export interface JobContext extends CallContext {
  jobId: string;
  progress: (done: number, total: number) => void;
  transaction: <T>(fn: (audit: AuditFn) => T) => T;
  note: (details: Record<string, unknown>) => void;
}
