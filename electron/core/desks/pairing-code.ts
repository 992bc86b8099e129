import crypto from 'node:crypto';

/** Digits in a pairing code: 8 gives 10^8 codes against the few tries below. */
export const PAIRING_CODE_DIGITS = 8;
/** How long a code "Add a desk" shows is good for (issue 22: ten minutes). */
export const PAIRING_CODE_MINUTES = 10;
/**
 * Wrong codes the host takes before every code still open is void: the owner makes a new one.
 * A guesser gets five tries at 10^8, not a stream of them for ten minutes.
 */
export const PAIRING_MAX_FAILURES = 5;

/** A new code: uniformly random digits from the OS's generator, leading zeros kept. */
export function newPairingCode(): string {
  return String(crypto.randomInt(0, 10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0');
}

/** Only the digest is kept in the file; the code itself is shown once and never stored. */
export const digestOf = (secret: string): string =>
  crypto.createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether a typed code is the shape of one, before it is compared with anything. */
export const isCodeShaped = (code: string): boolean => /^\d{6,8}$/.test(code);

/**
 * Compares a typed code with a stored digest in constant time: digests of equal length are
 * compared with timingSafeEqual, so the answer's timing says nothing of how much matched.
 */
export function codeMatches(typed: string, storedDigest: string): boolean {
  const a = Buffer.from(digestOf(typed), 'hex');
  const b = Buffer.from(storedDigest, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export interface OpenCode {
  id: number;
  codeHash: string;
  expiresAt: string;
  usedAt: string | null;
  failed: number;
}

/** Whether a code can still be redeemed at `now`: unused, unexpired, not voided by guesses. */
export const codeUsable = (c: OpenCode, now: Date): boolean =>
  c.usedAt === null && Date.parse(c.expiresAt) > now.getTime() && c.failed < PAIRING_MAX_FAILURES;

/**
 * The open code a typed one redeems, or null. Every usable code is compared (no early exit), so
 * the time taken does not say which, or whether one, matched.
 */
export function matchCode<C extends OpenCode>(
  typed: string,
  codes: readonly C[],
  now: Date,
): C | null {
  let found: C | null = null;
  for (const c of codes) {
    const usable = codeUsable(c, now);
    if (codeMatches(typed, c.codeHash) && usable) found = c;
  }
  return found;
}

/** A new device token: 256 random bits; the host keeps only `digestOf(token)`. */
export const newDeviceToken = (): string => crypto.randomBytes(32).toString('base64url');
