import crypto from 'node:crypto';
import { AppFailure, CERT_MAX_BYTES, type CertificateFacts } from '../../../shared/contract';
import type { KeyPurpose } from '../../../shared/keys/key-expiry';
import { kzDateOf } from '../../../shared/rules';

// Extended key usages (RFC 5280 §4.2.1.12) as NCA RK issues them: the AUTH certificate is for
// client authentication (signing in to e-Qonaq, eGov), the RSA / GOST one for e-mail protection
// (signing documents).
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';

/** Names that only ever hold a private key: NCA RK hands its keys out as AUTH_RSA256_….p12. */
const PRIVATE_KEY_NAME = /\.(p12|pfx|key|jks|p8|pk8)$/i;

/**
 * A PKCS#12 store (RFC 7292) told by its first bytes, as a screenshot's type is: a DER SEQUENCE
 * whose first element is INTEGER 3, its version. No certificate starts so (its first element is
 * a SEQUENCE, the signed part).
 */
function looksLikePkcs12(b: Uint8Array): boolean {
  if (b[0] !== 0x30 || b.length < 8) return false;
  const lenBytes = b[1]! & 0x80 ? b[1]! & 0x7f : 0;
  const at = 2 + lenBytes;
  return b[at] === 0x02 && b[at + 1] === 0x01 && b[at + 2] === 0x03;
}

/** A DER private key Node itself can read, or one that asks for its password (encrypted). */
function isDerPrivateKey(bytes: Buffer): boolean {
  try {
    crypto.createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' });
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_MISSING_PASSPHRASE';
  }
}

/** Whether the file holds a private key in any form Tirkeu can tell. Such a file is never kept. */
function holdsPrivateKey(bytes: Buffer, name: string): boolean {
  if (PRIVATE_KEY_NAME.test(name)) return true;
  // PEM: "-----BEGIN PRIVATE KEY-----", "… RSA PRIVATE KEY", "… ENCRYPTED PRIVATE KEY", PKCS12.
  const latin = bytes.toString('latin1');
  if (/-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|PKCS12)-----/.test(latin)) return true;
  return looksLikePkcs12(bytes) || isDerPrivateKey(bytes);
}

/** `CN=ИВАНОВ ИВАН\nO=ТОО «A\, B»` → its fields, the escapes undone. */
function nameFields(dn: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of dn.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim().toUpperCase();
    const value = line
      .slice(eq + 1)
      .replace(/\\(.)/g, '$1')
      .trim();
    if (value && !fields.has(key)) fields.set(key, value);
  }
  return fields;
}

/** The holder as NCA RK writes it: surname and name (CN), the patronymic (GN), the company. */
function holderOf(subject: string): string | null {
  const f = nameFields(subject);
  const cn = f.get('CN') ?? '';
  const gn = f.get('GN') ?? f.get('GIVENNAME') ?? '';
  const person = [cn, gn && !cn.includes(gn) ? gn : ''].filter(Boolean).join(' ');
  const org = f.get('O') ?? '';
  const holder = person && org ? `${person} (${org})` : person || org;
  return holder ? holder.slice(0, 200) : null;
}

function purposeOf(x: crypto.X509Certificate): KeyPurpose | null {
  const usages = (x as { keyUsage?: string[] }).keyUsage ?? [];
  if (usages.includes(EMAIL_PROTECTION)) return 'sign';
  if (usages.includes(CLIENT_AUTH)) return 'auth';
  return null;
}

/**
 * Reads a public certificate (DER or PEM, as NCA RK's .cer files are) with Node's own
 * X509Certificate (OpenSSL), never by hand. Refused in words: a file too large to be one, a
 * file holding a private key (a .p12 / .pfx or a PEM key: Tirkeu never keeps the key nor its
 * password), and anything that is not a certificate. Returns what it says and its DER bytes.
 */
export function readCertificate(
  input: Uint8Array,
  name: string,
): { facts: CertificateFacts; der: Uint8Array } {
  if (input.byteLength > CERT_MAX_BYTES) {
    throw new AppFailure('file.certificate_too_large', { params: { max: CERT_MAX_BYTES / 1024 } });
  }
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (holdsPrivateKey(bytes, name)) throw new AppFailure('file.private_key');
  let x: crypto.X509Certificate;
  try {
    x = new crypto.X509Certificate(bytes);
  } catch {
    throw new AppFailure('file.not_certificate');
  }
  const notAfter = new Date(x.validTo);
  if (Number.isNaN(notAfter.getTime())) throw new AppFailure('file.not_certificate');
  const der = new Uint8Array(x.raw);
  return {
    facts: {
      holder: holderOf(x.subject),
      purpose: purposeOf(x),
      expiresOn: kzDateOf(notAfter),
      notAfter: notAfter.toISOString(),
      subject: x.subject.slice(0, 2000),
      issuer: x.issuer.slice(0, 2000),
      serial: x.serialNumber.slice(0, 200),
      sha256: crypto.createHash('sha256').update(der).digest('hex'),
    },
    der,
  };
}
