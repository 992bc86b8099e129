import crypto from 'node:crypto';

// scrypt from node:crypto (issue 11). The parameters are stored with each hash, so raising the
// cost later still verifies the old ones. N = 2^15, r = 8: about 32 MB and a tenth of a second,
// which a desk signing in a few times a shift never notices and a stolen file's guesser does.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const maxmem = (n: number, r: number) => 256 * n * r;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export function hashSecret(secret: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(secret.normalize('NFC'), salt, KEY_LENGTH, {
    N,
    r: R,
    p: P,
    maxmem: maxmem(N, R),
  });
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
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

/** Sync, for a write that must prove the current secret inside its transaction. */
export function verifySecretSync(secret: string, stored: string): boolean {
  const s = parse(stored);
  if (!s) return false;
  const key = crypto.scryptSync(secret.normalize('NFC'), s.salt, s.hash.length, {
    N: s.n,
    r: s.r,
    p: s.p,
    maxmem: maxmem(s.n, s.r),
  });
  return equal(key, s.hash);
}

// An unknown or secretless account costs the same scrypt as a real one: the time taken tells
// nothing about which names exist.
let dummy: string | null = null;
export const verifyAgainstNothing = (secret: string): Promise<boolean> =>
  verifySecret(secret, (dummy ??= hashSecret('not-a-secret-of-anyone'))).then(() => false);
