// Errors are values with a stable code the renderer translates (shared/locales/*/rules.ts,
// section `error`); the English message is only for logs and the CLI.
export const RULES_ERROR_CODES = [
  'date.invalid',
  'date.out_of_range',
  'date.deadline_out_of_range',
  'date.entry_after_event',
  'date.departure_before_arrival',
  'citizenship.unknown',
  'override.invalid',
] as const;

export type RulesErrorCode = (typeof RULES_ERROR_CODES)[number];

export interface RulesErrorDetails {
  /** The input field at fault, e.g. `arrival`, `entryDate`, `citizenship`. */
  field?: string;
  /** Interpolation values for the translated message, e.g. `{ value: '2026-02-30' }`. */
  params?: Record<string, string>;
  message?: string;
}

export class RulesError extends Error {
  readonly code: RulesErrorCode;
  readonly field?: string;
  readonly params?: Record<string, string>;

  constructor(code: RulesErrorCode, details: RulesErrorDetails = {}) {
    super(details.message ?? defaultMessage(code, details));
    this.name = 'RulesError';
    this.code = code;
    if (details.field !== undefined) this.field = details.field;
    if (details.params !== undefined) this.params = details.params;
  }
}

export function isRulesError(e: unknown): e is RulesError {
  return e instanceof RulesError;
}

function defaultMessage(code: RulesErrorCode, details: RulesErrorDetails): string {
  const value = details.params?.['value'];
  const where = details.field ? `${details.field}: ` : '';
  return `${where}${code}${value !== undefined ? ` (${value})` : ''}`;
}
