import type { Contract, MethodName, Output, ParsedInput } from '../../shared/contract';
import type { CallContext, JobContext, PublicContext, WriteContext } from './context';

// A public entry runs signed out too: its handler gets a context whose staff may be null, so it
// cannot read a staff member it does not have.
type Ctx<M extends MethodName> = Contract[M]['access'] extends 'public'
  ? PublicContext
  : CallContext;

type ReadHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: Ctx<M>,
) => Output<M> | Promise<Output<M>>;

// Writes are synchronous: they run inside one better-sqlite3 transaction, which must not await.
type WriteHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: WriteContext<Ctx<M>>,
) => Output<M>;

// Jobs run outside any transaction; their changes go through `ctx.transaction`.
type JobHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: JobContext<Ctx<M>>,
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
