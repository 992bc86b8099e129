import { z } from 'zod';
import { text } from './common';
import { job, read, write, OWNERS } from './define';
import { emptyInput } from './common';

/** How this PC shares its register with the hotel's other desks (issue 22). */
export interface SharingSettings {
  enabled: boolean;
  /** The LAN address the listener binds to; '' until one is chosen. */
  address: string;
  port: number;
}

export const DEFAULT_SHARING_PORT = 47_610;

/**
 * A joined desk's link to its host, as the desk's own bridge sees it (issue 22): `app.info`
 * carries it on a desk, and the bridge emits `desk.link` on its event stream when it changes.
 */
export interface DeskLink {
  /** This desk's name, as the owner gave it at pairing. */
  name: string;
  /** `https://ADDRESS:PORT` of the host. */
  hostUrl: string;
  /** False from the first call or stream that failed for want of the host, until it answers. */
  reachable: boolean;
  /** The last time the host answered (ISO), or null before it ever has. */
  lastContactAt: string | null;
}

export interface DeskEntry {
  id: number;
  name: string;
  /** The address it last called from. */
  address: string;
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  /** Who is signed in at this desk now. */
  signedIn: string[];
}

export interface DesksStatus {
  sharing: SharingSettings;
  /** This PC's addresses on private networks (os.networkInterfaces), IPv4 first. */
  addresses: string[];
  /** The SHA-256 fingerprint of the listener's certificate, or null while it has none. */
  fingerprint: string | null;
  desks: DeskEntry[];
}

export interface PairingCode {
  name: string;
  /** Shown once: only its digest is kept. */
  code: string;
  expiresAt: string;
}

const ipAddress = z.union([z.ipv4(), z.ipv6()], { message: 'desks.address_invalid' });

export const desksMethods = {
  /** Sharing, this PC's LAN addresses, the certificate's fingerprint and the joined desks. */
  'desks.status': read<DesksStatus>()(emptyInput, OWNERS),
  /**
   * The LAN listener's certificate, made at first share (kept beside the data, the key 0600):
   * its SHA-256 fingerprint. A job: making a key pair is asynchronous.
   */
  'desks.makeCertificate': job<{ fingerprint: string }>()(emptyInput, OWNERS),
  /** Switch sharing on or off, on an address of this PC and a port. */
  'desks.saveSharing': write<SharingSettings>()(
    z
      .object({
        enabled: z.boolean(),
        address: z.union([z.literal(''), ipAddress]),
        port: z.number().int().min(1024, { message: 'desks.port_invalid' }).max(65_535, {
          message: 'desks.port_invalid',
        }),
      })
      .strict(),
    OWNERS,
  ),
  /** "Add a desk": a one-time code for a desk of this name (8 digits, ten minutes, one use). */
  'desks.addDesk': write<PairingCode>()(
    z.object({ name: text(60).min(1, { message: 'required' }) }).strict(),
    OWNERS,
  ),
  /** Revoke a desk: its token is refused and its sessions end at once. */
  'desks.revoke': write<DeskEntry>()(
    z.object({ deskId: z.number().int().positive() }).strict(),
    OWNERS,
  ),
};
