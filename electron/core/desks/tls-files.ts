import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/contract';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, makePrivate } from '../db/file-mode';

/** The listener's certificate and private key, as PEM text. */
export interface TlsMaterial {
  cert: string;
  key: string;
}

/** The folder beside the data where the LAN listener's certificate and key are kept. */
export const tlsDirFor = (dbFile: string): string | null =>
  dbFile === ':memory:' ? null : path.join(path.dirname(dbFile), 'lan');

const CERT = 'cert.pem';
const KEY = 'key.pem';

/** "AB:CD:…", the SHA-256 of the certificate's DER, as browsers and `openssl x509` show it. */
export const fingerprintOf = (certPem: string): string =>
  new crypto.X509Certificate(certPem).fingerprint256;

/**
 * The certificate and key kept in `dir`, or null while there are none. The key must be readable
 * by this user alone: a key another account could read is tightened before it is used.
 */
export function readTls(dir: string | null): (TlsMaterial & { fingerprint: string }) | null {
  if (!dir) return null;
  const certFile = path.join(dir, CERT);
  const keyFile = path.join(dir, KEY);
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return null;
  makePrivate(keyFile);
  const cert = fs.readFileSync(certFile, 'utf8');
  const key = fs.readFileSync(keyFile, 'utf8');
  return { cert, key, fingerprint: fingerprintOf(cert) };
}

/**
 * Keeps a certificate and key in `dir`: the folder 0700, the key 0600 from its first byte (the
 * file is created with that mode, never written open and tightened after), then renamed into
 * place so a half-written key is never read.
 */
export function writeTls(dir: string, material: TlsMaterial): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const put = (name: string, text: string, mode: number) => {
    const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, text, { mode, flag: 'wx' });
    fs.renameSync(tmp, path.join(dir, name));
  };
  put(KEY, material.key, PRIVATE_FILE_MODE);
  put(CERT, material.cert, 0o644);
}

/**
 * The certificate to share with, made at first share. Making one needs an X.509 library
 * (`selfsigned` or `@peculiar/x509`, issue 22: not hand-written ASN.1), which this build does not
 * ship yet: until it does, sharing needs a certificate and key placed in `dir` (see `writeTls`),
 * and turning it on without them is refused with a translated error.
 */
export function ensureTls(dir: string | null): TlsMaterial & { fingerprint: string } {
  const found = readTls(dir);
  if (!found) throw new AppFailure('desks.no_certificate');
  return found;
}
