import { ZodError } from 'zod';
import {
  AppFailure,
  allows,
  contract,
  isMethodName,
  type AppError,
  type FieldIssue,
  type MethodName,
  type Result,
} from '../../shared/contract';
import { withDesk, type AuditFn, type PublicContext } from './context';
import type { Db } from './db/connection';
import { translateSqliteError, writeTransaction } from './db/connection';
import type { AuditRepo } from './db/repos/audit-repo';
import type { Handlers } from './handlers';
import { runJob, type JobDeps } from './job-runner';

export type Dispatch = (
  method: string,
  input: unknown,
  ctx: PublicContext,
) => Promise<Result<unknown>>;

export interface DispatcherDeps {
  db: Db;
  handlers: Handlers;
  audit: AuditRepo;
  /** Told after a write commits, with the method's domain (`stays`, `hotel`, ...). */
  onCommitted?: (domain: string) => void;
  /** Unexpected failures; the caller logs them locally (no telemetry). */
  onInternalError?: (method: string, err: unknown) => void;
  /** A running job's progress (see job-runner.ts). */
  onJobProgress?: JobDeps['onProgress'];
  current?: JobDeps['current'];
}

type AnyHandler = (input: unknown, ctx: unknown) => unknown;

const unparsable: FieldIssue = { field: '', code: 'invalid_type' };

/**
 * The one entry point of every transport (IPC, web bridge, direct calls): allow-listed method
 * name, the entry's roles checked against the caller's session, schema-checked input, handler
 * errors returned as values with a stable code. Whatever the caller sends, it resolves with a
 * Result; it never throws.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  return async (method, rawInput, ctx) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'api.unknown_method', params: { method: nameOf(method) } },
      };
    }
    // Before the input is even parsed: a caller without the role learns nothing from the
    // validation errors either.
    const access = contract[method].access;
    if (!allows(access, ctx.staff?.role ?? null)) {
      return { ok: false, error: { code: ctx.staff ? 'auth.forbidden' : 'auth.required' } };
    }
    const result = await settle(deps, method, rawInput, ctx);
    // Only now, with the result fixed, are listeners told: their failure cannot un-save a write.
    if (result.ok && contract[method].kind === 'write') tellCommitted(deps, method);
    return result;
  };
}

/** Parses the input and runs the method's path, inside one error boundary. */
async function settle(
  deps: DispatcherDeps,
  method: MethodName,
  rawInput: unknown,
  ctx: PublicContext,
): Promise<Result<unknown>> {
  const spec = contract[method];
  const handler = deps.handlers[method] as AnyHandler;
  let parsed;
  try {
    parsed = spec.input.safeParse(rawInput ?? {});
  } catch {
    // An input that breaks the parser itself (a getter that throws, nesting deep enough to
    // overflow the stack) is the caller's fault: refused like any invalid input, not a crash.
    return { ok: false, error: { code: 'api.invalid_input', issues: [unparsable] } };
  }
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
  try {
    const value =
      spec.kind === 'read'
        ? await readPath(handler, parsed.data, ctx)
        : spec.kind === 'job'
          ? await runJob(
              { ...deps, onProgress: deps.onJobProgress },
              method,
              handler as never,
              parsed.data,
              ctx,
            )
          : writePath(deps, method, handler, parsed.data, ctx);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toAppError(method, err, deps) };
  }
}

/** Reads may be async (reports, exports); they get the call's context only. */
function readPath(handler: AnyHandler, input: unknown, ctx: PublicContext): unknown {
  return handler(input, ctx);
}

/**
 * A write runs synchronously in one IMMEDIATE transaction with the audit recorder of that
 * transaction; it commits only if the handler recorded at least one audit entry.
 */
function writePath(
  deps: DispatcherDeps,
  method: MethodName,
  handler: AnyHandler,
  input: unknown,
  ctx: PublicContext,
): unknown {
  return writeTransaction(deps.db, () => {
    let audited = false;
    const at = ctx.now().toISOString();
    const audit: AuditFn = (action, entity, entityId, details = {}) => {
      audited = true;
      deps.audit.record(
        at,
        ctx.staff?.id ?? null,
        action,
        entity,
        entityId,
        withDesk(ctx, details),
      );
    };
    const value = handler(input, { ...ctx, audit });
    // An async handler would commit before its awaited work ran, outside the transaction.
    if (value instanceof Promise) throw new Error(`${method}: a write handler must not be async`);
    // Every write leaves a trace of who, when and what, in the same transaction as the change.
    if (!audited) throw new Error(`${method}: a write handler recorded no audit entry`);
    return value;
  });
}

function tellCommitted(deps: DispatcherDeps, method: MethodName): void {
  try {
    deps.onCommitted?.(method.split('.')[0] ?? method);
  } catch (err) {
    report(deps, method, err);
  }
}

/** Logs an unexpected failure; a failing logger must not turn into the call's result either. */
function report(deps: DispatcherDeps, method: string, err: unknown): void {
  try {
    deps.onInternalError?.(method, err);
  } catch {
    // Nothing left to tell.
  }
}

/** A printable name for whatever was sent as the method (an object may not even convert). */
function nameOf(method: unknown): string {
  if (typeof method === 'string') return method;
  try {
    return String(method);
  } catch {
    return typeof method;
  }
}

const CODE_LIKE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export function issuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const field = i.path.map(String).join('.');
    // The limit travels with the issue even when the schema names the code (`text(max)` does):
    // the message "at most {{max}} characters" needs it.
    if (i.code === 'too_big') {
      const code = CODE_LIKE.test(i.message) ? i.message : 'too_long';
      return { field, code, params: { max: Number(i.maximum) } };
    }
    if (CODE_LIKE.test(i.message)) return { field, code: i.message };
    if (i.code === 'too_small') return { field, code: 'required' };
    if (i.code === 'unrecognized_keys') return { field: i.keys.join(','), code: 'unknown_field' };
    return { field, code: i.code };
  });
}

function invalidInput(error: ZodError): AppError {
  return { code: 'api.invalid_input', issues: issuesOf(error) };
}

function toAppError(method: string, err: unknown, deps: DispatcherDeps): AppError {
  if (err instanceof ZodError) return invalidInput(err);
  const translated = translateSqliteError(err);
  if (translated instanceof AppFailure) return translated.error;
  const rules = err as {
    name?: string;
    code?: string;
    field?: string;
    params?: Record<string, string>;
  };
  if (rules?.name === 'RulesError' && typeof rules.code === 'string') {
    return {
      code: 'invalid',
      issues: [
        {
          field: rules.field ?? '',
          code: rules.code,
          ...(rules.params ? { params: rules.params } : {}),
        },
      ],
    };
  }
  report(deps, method, err);
  return { code: 'internal' };
}
