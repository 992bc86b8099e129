import { z } from 'zod';
import { KEY_PURPOSES, type KeyPurpose, type KeyStage } from '../keys/key-expiry';
import { emptyInput, isoDateSchema, text } from './common';
import { read, write, OWNERS, STAFF } from './define';
import { fileIdSchema } from './files';

export { KEY_PURPOSES, type KeyPurpose, type KeyStage } from '../keys/key-expiry';

/**
 * Cap on a certificate file: an NCA RK certificate is one to three kilobytes, a chain in PEM a
 * few more. Anything larger is not what the owner meant to pick.
 */
export const CERT_MAX_BYTES = 64 * 1024;

/** What a public certificate says, as read by the core (electron/core/files/certificate.ts). */
export interface CertificateFacts {
  /** The holder's name (CN with the given name) and organisation, or null when unreadable. */
  holder: string | null;
  /** What the certificate is for, when its extended key usage says so. */
  purpose: KeyPurpose | null;
  /** The Kazakh calendar day (UTC+5) it stops working. */
  expiresOn: string;
  /** Its end as an ISO instant. */
  notAfter: string;
  subject: string;
  issuer: string;
  serial: string;
  sha256: string;
}

/** One recorded EDS key (ЭЦП / ЭЦҚ), as the owner's list shows it. */
export interface EdsKeyView {
  id: number;
  holder: string;
  purpose: KeyPurpose;
  expiresOn: string;
  /** Days from the hotel's today to the expiry: 0 on the day itself, negative after. */
  daysLeft: number;
  stage: KeyStage | null;
  /** The certificate it was read from, if the owner attached one (never a private key). */
  certificate: Omit<CertificateFacts, 'holder' | 'purpose' | 'expiresOn'> | null;
  updatedAt: string;
}

/** A key as the desk sees it in warnings: no certificate details. */
export interface KeyWarning {
  id: number;
  holder: string;
  purpose: KeyPurpose;
  expiresOn: string;
  daysLeft: number;
  stage: KeyStage | null;
}

/** The keys seen today (the hotel's date), for the board, the owner's notice and the report. */
export interface KeysStatus {
  today: string;
  /** The key that expires soonest, or null when none is recorded. */
  soonest: KeyWarning | null;
  /** Every key within 30 days of its expiry or past it, soonest first. */
  warnings: KeyWarning[];
}

const id = z.number().int().positive();
const purposeSchema = z.enum(KEY_PURPOSES);
const holderSchema = text(200).min(1, { message: 'required' });

const keyFields = {
  holder: holderSchema,
  purpose: purposeSchema,
  /** Ignored when a certificate is attached or kept: its end is the expiry. */
  expiresOn: isoDateSchema.optional(),
  /** A public certificate handed to the file store (.cer, .crt, .pem; DER or PEM). */
  fileId: fileIdSchema.optional(),
};

export const keyAddInput = z.object(keyFields).strict();
export const keyUpdateInput = z
  .object({
    id,
    ...keyFields,
    /** Drop the attached certificate (the expiry is then the one typed). */
    removeCertificate: z.boolean().default(false),
  })
  .strict();
export type KeyAddInput = z.input<typeof keyAddInput>;
export type KeyUpdateInput = z.input<typeof keyUpdateInput>;

export const keysMethods = {
  /** The recorded EDS keys, soonest expiry first. */
  'keys.list': read<EdsKeyView[]>()(emptyInput, OWNERS),
  /** Reads a picked certificate file (refusing a private key) without keeping it. */
  'keys.readCertificate': read<CertificateFacts>()(
    z.object({ fileId: fileIdSchema }).strict(),
    OWNERS,
  ),
  /** Records a key; with a certificate, its expiry is read from it. */
  'keys.add': write<EdsKeyView>()(keyAddInput, OWNERS),
  /** Corrects a key, or replaces or drops its certificate. */
  'keys.update': write<EdsKeyView>()(keyUpdateInput, OWNERS),
  /** Removes a key (renewed or no longer used). */
  'keys.remove': write<{ removed: number }>()(z.object({ id }).strict(), OWNERS),
  /** How soon the keys expire: the board's warning, the owner's notice, the shift report. */
  'keys.status': read<KeysStatus>()(emptyInput, STAFF),
};
