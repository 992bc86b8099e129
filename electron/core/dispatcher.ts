import { ZodError } from 'zod';
import {
  AppFailure,
  contract,
  isMethodName,
  type AppError,
  type FieldIssue,
  type Result,
} from '../../shared/contract';
import type { AuditFn, CallContext } from './context';
import type { Db } from './db/connection';
import { translateSqliteError } from './db/connection';
import type { AuditRepo } from './db/repos/audit-repo';
import type { Handlers } from './handlers';
import { runJob, type JobDeps } from './job-runner';

export type Dispatch = (
  method: string,
  input: unknown,
  ctx: CallContext,
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
}

/**
 * The one entry point of every transport (IPC, web bridge, direct calls): allow-listed method
 * name, schema-checked input, handler errors returned as values with a stable code.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  return async (method, rawInput, ctx) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'api.unknown_method', params: { method: String(method) } },
      };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    const handler = deps.handlers[method] as (input: unknown, ctx: unknown) => unknown;
    try {
      if (spec.kind === 'read') return { ok: true, value: await handler(parsed.data, ctx) };
      if (spec.kind === 'job') {
        const jobDeps = { ...deps, onProgress: deps.onJobProgress };
        return {
          ok: true,
          value: await runJob(jobDeps, method, handler as never, parsed.data, ctx),
        };
      }
      const value = runWrite(deps, method, (audit) => handler(parsed.data, { ...ctx, audit }), ctx);
      deps.onCommitted?.(method.split('.')[0] ?? method);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toAppError(method, err, deps) };
    }
  };
}

function runWrite(
  deps: DispatcherDeps,
  method: string,
  fn: (audit: AuditFn) => unknown,
  ctx: CallContext,
): unknown {
  return deps.db.transaction(() => {
    let audited = 0;
    const at = ctx.now().toISOString();
    const audit: AuditFn = (action, entity, entityId, details = {}) => {
      audited += 1;
      deps.audit.record(at, ctx.staff.id, action, entity, entityId, details);
    };
    const value = fn(audit);
    if (value instanceof Promise) throw new Error(`${method}: a write handler must not be async`);
    // Every write leaves a trace of who, when and what, in the same transaction as the change.
    if (audited === 0) throw new Error(`${method}: a write handler recorded no audit entry`);
    return value;
  })();
}

const CODE_LIKE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export function issuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const field = i.path.map(String).join('.');
    if (CODE_LIKE.test(i.message)) return { field, code: i.message };
    if (i.code === 'too_big')
      return { field, code: 'too_long', params: { max: Number(i.maximum) } };
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
  if (rules.name === 'RulesError' && typeof rules.code === 'string') {
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
  deps.onInternalError?.(method, err);
  return { code: 'internal' };
}
