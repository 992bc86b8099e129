import type { Contract, MethodName, Output, ParsedInput } from '../../shared/contract';
import type { CallContext, WriteContext } from './context';

type ReadHandler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: CallContext,
) => Output<M> | Promise<Output<M>>;

// Writes are synchronous: they run inside one better-sqlite3 transaction, which must not await.
type WriteHandler<M extends MethodName> = (input: ParsedInput<M>, ctx: WriteContext) => Output<M>;

/** One handler per contract entry; the type makes a missing or mistyped one a compile error. */
export type Handlers = {
  [M in MethodName]: Contract[M]['kind'] extends 'write' ? WriteHandler<M> : ReadHandler<M>;
};

export type HandlersFor<K extends MethodName> = Pick<Handlers, K>;
