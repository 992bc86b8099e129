// Errors cross every transport as data with a stable code the renderer translates
// (locale key `errors.<code>`), never as thrown exceptions (style.md: Signal's `{ ok, value }`).
export type ErrorCode =
  | 'api.unknown_method'
  | 'api.invalid_input'
  | 'api.unauthorized'
  | 'api.forbidden_sender'
  | 'api.unreachable'
  | 'api.too_complex'
  | 'auth.required'
  | 'auth.forbidden'
  | 'auth.wrong_secret'
  | 'auth.locked'
  | 'auth.cannot_sign_in'
  | 'staff.last_owner'
  | 'setup.done'
  | 'place.in_use'
  | 'place.last'
  | 'db.not_sqlite'
  | 'db.foreign'
  | 'db.newer_version'
  | 'db.read_only'
  | 'db.locked'
  | 'db.disk_full'
  | 'db.corrupt'
  | 'db.cannot_open'
  | 'db.schema_altered'
  | 'db.missing_after_restore'
  | 'file.too_large'
  | 'file.missing'
  | 'file.not_pdf'
  | 'file.not_image'
  | 'file.not_scan'
  | 'file.not_certificate'
  | 'file.private_key'
  | 'file.certificate_too_large'
  | 'backup.check_failed'
  | 'backup.not_good'
  | 'backup.replace_needs_force'
  | 'backup.not_tirkeu'
  | 'backup.newer_schema'
  | 'backup.schema_altered'
  | 'desks.no_certificate'
  | 'desks.unpaired'
  | 'desks.revoked'
  | 'desks.code_invalid'
  | 'desks.address_not_here'
  | 'desks.wrong_fingerprint'
  | 'desks.unreachable'
  // A desk's outbox resent a check-in key with another body (issue 22).
  | 'stays.key_reused'
  | 'central.bad_url'
  | 'central.tls_required'
  | 'central.not_console'
  | 'central.refused'
  | 'central.unreachable'
  | 'desks.host_unreachable'
  | 'desks.join_invalid'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the input field, e.g. `guests.0.birthDate`. */
  field: string;
  /** Translatable code, e.g. `date.invalid`, `too_long`, `mrz.check_digit`. */
  code: string;
  params?: Record<string, string | number>;
}

export interface AppError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside core services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  readonly error: AppError;
  constructor(code: ErrorCode, extra: Omit<AppError, 'code'> = {}) {
    super(code);
    this.name = 'AppFailure';
    this.error = { code, ...extra };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
