import { hash } from 'node:crypto';

/**
 * The canonical form the audit chain hashes: JSON with no whitespace, object keys sorted by
 * UTF-16 code units (JavaScript's default sort), strings escaped as JSON.stringify escapes them,
 * and only integers, strings, booleans, null, arrays and plain objects. A float has more than
 * one spelling across languages and versions, so it is refused rather than guessed at;
 * `undefined` properties are left out, as JSON leaves them out.
 */
export type Canonical =
  null | boolean | number | string | Canonical[] | { [key: string]: Canonical | undefined };

export class NotCanonicalError extends Error {
  constructor(readonly path: string) {
    super(`audit: value at "${path || '.'}" has no canonical form`);
    this.name = 'NotCanonicalError';
  }
}

export function canonicalJson(value: unknown, path = ''): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new NotCanonicalError(path);
      // -0 prints as 0: one spelling.
      return String(value === 0 ? 0 : value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((v, i) => canonicalJson(v, `${path}[${i}]`)).join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new NotCanonicalError(path);
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(obj).sort()) {
        const v = obj[key];
        if (v === undefined) continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(v, path ? `${path}.${key}` : key)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new NotCanonicalError(path);
  }
}

/**
 * Turns what a handler recorded into a canonical value: a float becomes its decimal string (the
 * record keeps what was said, in one spelling), a Date its ISO text; anything else unhashable
 * is dropped. Handlers on other branches pass plain JSON, so this rarely changes anything.
 */
export function toCanonical(value: unknown): Canonical | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isSafeInteger(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return value.map((v) => toCanonical(v) ?? null);
      const out: Record<string, Canonical> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const c = toCanonical(v);
        if (c !== undefined) out[k] = c;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** One chained row, as stored: `details` is already canonical JSON text. */
export interface ChainedRow {
  id: number;
  at: string;
  staffId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  guestId: number | null;
  details: string;
  /** SHA-256 commitment to the personal data kept beside the chain, or null. */
  personal: string | null;
}

const str = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));
const int = (n: number | null): string => (n === null ? 'null' : String(n));

/**
 * The canonical JSON of a row, built by concatenation (the verifier runs it a million times);
 * the keys are written in sorted order, and a test proves it equals `canonicalJson` of the row.
 */
export function chainedText(r: ChainedRow): string {
  return (
    `{"action":${str(r.action)},"at":${str(r.at)},"details":${r.details},` +
    `"entity":${str(r.entity)},"entityId":${str(r.entityId)},"guestId":${int(r.guestId)},` +
    `"id":${r.id},"personal":${str(r.personal)},"staffId":${int(r.staffId)}}`
  );
}

/** The hash before the first row. */
export const GENESIS = '0'.repeat(64);

/** hash(n) = SHA-256(hash(n−1) as hex ‖ canonical JSON of row n), hex. */
export function rowHash(prevHash: string, row: ChainedRow): string {
  // One-shot hashing: about twice as fast as createHash() per row, which the verifier feels.
  return hash('sha256', prevHash + chainedText(row), 'hex');
}

/** The commitment to personal data: salted, so the hash left after erasure reveals nothing. */
export function personalCommitment(salt: string, data: string): string {
  return hash('sha256', `${salt}:${data}`, 'hex');
}
