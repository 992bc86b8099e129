import type { z } from 'zod';

export type MethodKind = 'read' | 'write';

/** A contract entry: the zod schema of its input and, as a phantom, the type of its output. */
export interface MethodSpec<I extends z.ZodType, O, K extends MethodKind = MethodKind> {
  input: I;
  /** `write` methods run in one transaction with an audit entry. */
  kind: K;
  readonly __output?: O;
}

export const read =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'read'> => ({ input, kind: 'read' });

export const write =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O, 'write'> => ({ input, kind: 'write' });
