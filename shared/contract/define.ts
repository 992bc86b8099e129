import type { z } from 'zod';

/**
 * `read`: no change, any time. `write`: synchronous, one transaction, audited inside it.
 * `job`: async and outside any transaction (reading a PDF, producing a report, a backup); it
 * reports progress as `job.progress` events, makes its changes through short transactions of its
 * own, and is audited once when it finishes, success or failure.
 */
export type MethodKind = 'read' | 'write' | 'job';

/** A contract entry: the zod schema of its input and, as a phantom, the type of its output. */
export interface MethodSpec<I extends z.ZodType, O, K extends MethodKind = MethodKind> {
  input: I;
  kind: K;
  readonly __output?: O;
}

export const read =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'read'> => ({ input, kind: 'read' });

export const write =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'write'> => ({ input, kind: 'write' });

export const job =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'job'> => ({ input, kind: 'job' });
