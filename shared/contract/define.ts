import type { z } from 'zod';

/**
 * `read`: no change, any time. `write`: synchronous, one transaction, audited inside it.
 * `job`: async and outside any transaction (reading a PDF, producing a report, a backup); it
 * reports progress as `job.progress` events, makes its changes through short transactions of its
 * own, and is audited once when it finishes, success or failure.
 */
export type MethodKind = 'read' | 'write' | 'job';

/** The roles a staff member can hold (issue 11): receptionist, night auditor, owner. */
export const STAFF_ROLES = ['receptionist', 'auditor', 'owner'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Who may call an entry: `'public'` works signed out (the sign-in screen and the first start);
 * otherwise the roles a signed-in staff member must hold. The dispatcher enforces it before it
 * even parses the input, so every transport gets the same rule.
 */
export type Access = 'public' | readonly StaffRole[];

/** Everyone signed in. */
export const STAFF: readonly StaffRole[] = ['receptionist', 'auditor', 'owner'];
/** The night auditor's work (end-of-shift report, statistics, history) and the owner. */
export const AUDITORS: readonly StaffRole[] = ['auditor', 'owner'];
/** Settings, the calendar, staff, retention, register exports, the audit trail, backups. */
export const OWNERS: readonly StaffRole[] = ['owner'];

/** A contract entry: its input schema, who may call it and, as a phantom, its output type. */
export interface MethodSpec<
  I extends z.ZodType,
  O,
  K extends MethodKind = MethodKind,
  A extends Access = Access,
> {
  input: I;
  kind: K;
  access: A;
  readonly __output?: O;
}

// `access` is a required argument: an entry without one does not compile.
export const read =
  <O>() =>
  <I extends z.ZodType, const A extends Access>(
    input: I,
    access: A,
  ): MethodSpec<I, O, 'read', A> => ({
    input,
    kind: 'read',
    access,
  });

export const write =
  <O>() =>
  <I extends z.ZodType, const A extends Access>(
    input: I,
    access: A,
  ): MethodSpec<I, O, 'write', A> => ({ input, kind: 'write', access });

export const job =
  <O>() =>
  <I extends z.ZodType, const A extends Access>(
    input: I,
    access: A,
  ): MethodSpec<I, O, 'job', A> => ({
    input,
    kind: 'job',
    access,
  });

/** Whether a staff member of this role may call an entry with this access. */
export const allows = (access: Access, role: StaffRole | null): boolean =>
  access === 'public' || (role !== null && access.includes(role));
