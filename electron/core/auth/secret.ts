import crypto from 'node:crypto';

// scrypt from node:crypto (issue 11). The parameters are stored with each hash, so raising the
// cost later still verifies the old ones, and a good sign-in rehashes an old hash at today's cost
// (`outdated`). N = 2^17, r = 8 (issue 19): 128 MB and about a second on a desk PC, which a desk
// signing in a few times a shift barely notices and a stolen file's guesser pays for every PIN.
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const maxmem = (n: number, r: number) => 256 * n * r;

const OPTIONS = { N, r: R, p: P, maxmem: maxmem(N, R) };
const format = (salt: Buffer, hash: Buffer) =>
  ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export function hashSecret(secret: string): string {
  const salt = crypto.randomBytes(16);
  return format(salt, crypto.scryptSync(secret.normalize('NFC'), salt, KEY_LENGTH, OPTIONS));
}

/** The same off the core's thread: for a job that must not hold the desk while scrypt runs. */
export function hashSecretAsync(secret: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  return new Promise((resolve, reject) => {
    crypto.scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, OPTIONS, (err, hash) =>
      err ? reject(err) : resolve(format(salt, hash)),
    );
  });
}

/** A hash made at a lower cost than today's (before issue 19): rehashed at the next good sign-in. */
export function outdated(stored: string): boolean {
  const s = parse(stored);
  return s !== null && (s.n < N || s.r < R);
}

interface Parsed {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): Parsed | null {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return null;
  const parsed = { n: Number(n), r: Number(r), p: Number(p) };
  if (![parsed.n, parsed.r, parsed.p].every((v) => Number.isInteger(v) && v > 0)) return null;
  return { ...parsed, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

const equal = (a: Buffer, b: Buffer) => a.length === b.length && crypto.timingSafeEqual(a, b);

/** Async: a sign-in (a `job`) does not hold the core's thread while scrypt runs. */
export function verifySecret(secret: string, stored: string): Promise<boolean> {
  const s = parse(stored);
  if (!s) return Promise.resolve(false);
  return new Promise((resolve) => {
    crypto.scrypt(
      secret.normalize('NFC'),
      s.salt,
      s.hash.length,
      { N: s.n, r: s.r, p: s.p, maxmem: maxmem(s.n, s.r) },
      (err, key) => resolve(!err && equal(key, s.hash)),
    );
  });
}

// An unknown or secretless account costs the same scrypt as a real one: the time taken tells
// nothing about which names exist.
let dummy: string | null = null;
export const verifyAgainstNothing = (secret: string): Promise<boolean> =>
  verifySecret(secret, (dummy ??= hashSecret('not-a-secret-of-anyone'))).then(() => false);
