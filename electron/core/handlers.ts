import type { Contract, MethodName, Output, ParsedInput } from '../../shared/contract';
import type { CallContext, JobContext, WriteContext } from './context';

type ReadHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: CallContext,
) => Output<M> | Promise<Output<M>>;

// Writes are synchronous: they run inside one better-sqlite3 transaction, which must not await.
type WriteHandler<M extends MethodName> = (input: ParsedInput<M>, ctx: WriteContext) => Output<M>;

// Jobs run outside any transaction; their changes go through `ctx.transaction`.
type JobHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: JobContext,
) => Promise<Output<M>>;

/** One handler per contract entry; the type makes a missing or mistyped one a compile error. */
export type Handlers = {
  [M in MethodName]: Contract[M]['kind'] extends 'write'
    ? WriteHandler<M>
    : Contract[M]['kind'] extends 'job'
      ? JobHandler<M>
      : ReadHandler<M>;
};

export type HandlersFor<K extends MethodName> = Pick<Handlers, K>;
