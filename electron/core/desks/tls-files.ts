import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import selfsigned from 'selfsigned';
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
 * A new self-signed certificate and key for the LAN listener (issue 22): EC P-256, signed with
 * SHA-256, made by `selfsigned` (on @peculiar/x509 and Node's WebCrypto; not hand-written ASN.1).
 * The desks pin its SHA-256 fingerprint, so no authority has to vouch for it.
 */
export async function makeTls(now: Date = new Date()): Promise<TlsMaterial> {
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + 10);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Tirkeu host desk' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

// One making at a time: two owners switching sharing on at once get the same certificate.
let making: Promise<TlsMaterial & { fingerprint: string }> | null = null;

/**
 * The certificate to share with: the one kept in `dir`, else one made now and kept (at first
 * share). The key is written 0600 from its first byte (`writeTls`).
 */
export function ensureTls(dir: string | null): Promise<TlsMaterial & { fingerprint: string }> {
  const found = readTls(dir);
  if (found) return Promise.resolve(found);
  if (!dir) return Promise.reject(new AppFailure('desks.no_certificate'));
  making ??= makeTls()
    .then((material) => {
      const again = readTls(dir);
      if (again) return again;
      writeTls(dir, material);
      return { ...material, fingerprint: fingerprintOf(material.cert) };
    })
    .finally(() => {
      making = null;
    });
  return making;
}
