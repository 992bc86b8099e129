import type { KeyPurpose } from '../../../../shared/keys/key-expiry';
import type { Db } from '../connection';

export interface KeyRow {
  id: number;
  holder: string;
  purpose: KeyPurpose;
  expiresOn: string;
  certificate: {
    subject: string;
    issuer: string;
    serial: string;
    notAfter: string;
    sha256: string;
  } | null;
  updatedAt: string;
}

interface Raw {
  id: number;
  holder: string;
  purpose: KeyPurpose;
  expires_on: string;
  cert_subject: string | null;
  cert_issuer: string | null;
  cert_serial: string | null;
  cert_not_after: string | null;
  cert_sha256: string | null;
  updated_at: string;
}

const toRow = (r: Raw): KeyRow => ({
  id: r.id,
  holder: r.holder,
  purpose: r.purpose,
  expiresOn: r.expires_on,
  certificate:
    r.cert_sha256 !== null
      ? {
          subject: r.cert_subject ?? '',
          issuer: r.cert_issuer ?? '',
          serial: r.cert_serial ?? '',
          notAfter: r.cert_not_after ?? '',
          sha256: r.cert_sha256,
        }
      : null,
  updatedAt: r.updated_at,
});

/** A public certificate as kept beside its key (never a private key). */
export interface StoredCertificate {
  subject: string;
  issuer: string;
  serial: string;
  notAfter: string;
  sha256: string;
  der: Uint8Array;
}

const COLUMNS = `id, holder, purpose, expires_on, cert_subject, cert_issuer, cert_serial,
  cert_not_after, cert_sha256, updated_at`;

/** The host's EDS keys (migration 0017). */
export function createKeyRepo(db: Db) {
  const all = db.prepare(`SELECT ${COLUMNS} FROM eds_keys ORDER BY expires_on, id`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM eds_keys WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO eds_keys (holder, purpose, expires_on, created_at, created_by, updated_at,
       updated_by) VALUES (@holder, @purpose, @expiresOn, @at, @staffId, @at, @staffId)
     RETURNING id`,
  );
  const update = db.prepare(
    `UPDATE eds_keys SET holder = @holder, purpose = @purpose, expires_on = @expiresOn,
       updated_at = @at, updated_by = @staffId WHERE id = @id`,
  );
  const setCert = db.prepare(
    `UPDATE eds_keys SET cert_subject = @subject, cert_issuer = @issuer, cert_serial = @serial,
       cert_not_after = @notAfter, cert_sha256 = @sha256, cert = @der WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM eds_keys WHERE id = ?');
  return {
    /** Every key, soonest expiry first. */
    all: (): KeyRow[] => (all.all() as Raw[]).map(toRow),
    get: (id: number): KeyRow | null => {
      const r = get.get(id) as Raw | undefined;
      return r ? toRow(r) : null;
    },
    insert: (k: {
      holder: string;
      purpose: KeyPurpose;
      expiresOn: string;
      at: string;
      staffId: number;
    }): number => (insert.get(k) as { id: number }).id,
    update: (k: {
      id: number;
      holder: string;
      purpose: KeyPurpose;
      expiresOn: string;
      at: string;
      staffId: number;
    }): boolean => update.run(k).changes > 0,
    /** Attaches, replaces (a certificate) or drops (null) the key's certificate. */
    setCertificate: (id: number, c: StoredCertificate | null): void => {
      setCert.run({
        id,
        subject: c?.subject ?? null,
        issuer: c?.issuer ?? null,
        serial: c?.serial ?? null,
        notAfter: c?.notAfter ?? null,
        sha256: c?.sha256 ?? null,
        der: c ? Buffer.from(c.der) : null,
      });
    },
    remove: (id: number): boolean => remove.run(id).changes > 0,
  };
}
export type KeyRepo = ReturnType<typeof createKeyRepo>;
