import {
  AppFailure,
  DEFAULT_SHARING_PORT,
  type DeskEntry,
  type SharingSettings,
} from '../../../shared/contract';
import type { Sessions } from '../auth/sessions';
import type { DeskRef } from '../context';
import { writeTransaction } from '../db/connection';
import type { DeskRow } from '../db/repos/desk-repo';
import type { HandlersFor } from '../handlers';
import type { ServiceDeps } from '../services/deps';
import { lanAddresses } from './lan-addresses';
import {
  PAIRING_CODE_MINUTES,
  digestOf,
  isCodeShaped,
  matchCode,
  newDeviceToken,
  newPairingCode,
} from './pairing-code';
import { isPrivateAddress } from './private-address';
import { ensureTls, readTls, tlsDirFor } from './tls-files';

const SHARING_KEY = 'desks.sharing';
/** A desk's last-seen time is written at most this often: not a write per call. */
const SEEN_EVERY_MS = 60_000;

export const sharingSettings = (deps: ServiceDeps): SharingSettings =>
  deps.repos.settings.get<SharingSettings>(SHARING_KEY) ?? {
    enabled: false,
    address: '',
    port: DEFAULT_SHARING_PORT,
  };

export interface DeskHostDeps {
  deps: () => ServiceDeps;
  sessions: Sessions;
  systemId: () => number;
  now: () => Date;
  /** This PC's LAN addresses (tests stand in for the machine's interfaces). */
  addresses?: () => string[];
}

/** What the LAN listener asks the core before it lets a request near the dispatcher. */
export interface DeskHost {
  /**
   * Redeems a one-time code from a desk at `address`: its device token (kept only as a digest
   * here), or `desks.code_invalid` for a wrong, used or expired code, all alike. A wrong code
   * counts against every open code, in a write of its own that the refusal does not roll back.
   */
  pair: (code: string, address: string) => { token: string; desk: DeskRef };
  /** The paired desk a device token names, or `desks.unpaired` / `desks.revoked`. */
  authenticate: (token: string | null | undefined, address: string) => DeskRef;
}

export function createDeskHost(host: DeskHostDeps): DeskHost {
  const lastWrite = new Map<number, number>();
  return {
    pair(code, address) {
      const { db, repos } = host.deps();
      const now = host.now();
      const at = now.toISOString();
      const outcome = writeTransaction(db, () => {
        const open = repos.desks.openCodes(at);
        const match = isCodeShaped(code) ? matchCode(code, open, now) : null;
        if (!match) {
          // Nothing open: nothing to guess at, and nothing written (no audit spam).
          if (open.length === 0) return null;
          repos.desks.failOpenCodes(at);
          repos.audit.record(at, host.systemId(), 'desks.pair_failed', 'desk', null, { address });
          return null;
        }
        const token = newDeviceToken();
        const id = repos.desks.insert(match.deskName, address, digestOf(token), at);
        if (!repos.desks.useCode(match.id, at, id)) throw new AppFailure('desks.code_invalid');
        repos.audit.record(at, host.systemId(), 'desks.paired', 'desk', id, {
          name: match.deskName,
          address,
        });
        return { token, desk: { id, name: match.deskName } };
      });
      if (!outcome) throw new AppFailure('desks.code_invalid');
      return outcome;
    },
    authenticate(token, address) {
      if (typeof token !== 'string' || token.length < 20 || token.length > 100)
        throw new AppFailure('desks.unpaired');
      const { db, repos } = host.deps();
      const row = repos.desks.byTokenHash(digestOf(token));
      if (!row) throw new AppFailure('desks.unpaired');
      if (row.revokedAt !== null) throw new AppFailure('desks.revoked');
      const now = host.now();
      if (now.getTime() - (lastWrite.get(row.id) ?? 0) >= SEEN_EVERY_MS) {
        lastWrite.set(row.id, now.getTime());
        writeTransaction(db, () => repos.desks.seen(row.id, now.toISOString(), address));
      }
      return { id: row.id, name: row.name };
    },
  };
}

export function desksHandlers(
  deps: ServiceDeps,
  sessions: Sessions,
  addresses: () => string[] = () => lanAddresses(),
): HandlersFor<
  'desks.status' | 'desks.makeCertificate' | 'desks.saveSharing' | 'desks.addDesk' | 'desks.revoke'
> {
  const { repos } = deps;
  const entryOf = (row: DeskRow, signedIn: Map<number, number[]>): DeskEntry => ({
    ...row,
    signedIn: row.revokedAt
      ? []
      : (signedIn.get(row.id) ?? []).map((id) => repos.staff.getActive(id)?.name ?? '').sort(),
  });
  return {
    'desks.status': () => {
      const signedIn = sessions.byDesk();
      return {
        sharing: sharingSettings(deps),
        addresses: addresses(),
        fingerprint: readTls(tlsDirFor(deps.dbPath))?.fingerprint ?? null,
        desks: repos.desks.list().map((row) => entryOf(row, signedIn)),
      };
    },
    'desks.makeCertificate': async (_input, ctx) => {
      const { fingerprint } = await ensureTls(tlsDirFor(deps.dbPath));
      ctx.note({ fingerprint });
      return { fingerprint };
    },
    'desks.saveSharing': (input, ctx) => {
      if (input.enabled) {
        // Only an address this PC has on a private network: never 0.0.0.0, never a public one.
        if (!isPrivateAddress(input.address) || !addresses().includes(input.address))
          throw new AppFailure('desks.address_not_here', { params: { address: input.address } });
        if (!readTls(tlsDirFor(deps.dbPath))) throw new AppFailure('desks.no_certificate');
      }
      const before = sharingSettings(deps);
      repos.settings.put(SHARING_KEY, input);
      ctx.audit('desks.sharing', 'settings', SHARING_KEY, { before, after: input });
      return input;
    },
    'desks.addDesk': ({ name }, ctx) => {
      const code = newPairingCode();
      const now = ctx.now();
      const expiresAt = new Date(now.getTime() + PAIRING_CODE_MINUTES * 60_000).toISOString();
      const id = repos.desks.insertCode(
        name,
        digestOf(code),
        expiresAt,
        now.toISOString(),
        ctx.staff.id,
      );
      // The code itself is never written down, in the table or the trail.
      ctx.audit('desks.code', 'desk_pairing_code', id, { name, expiresAt });
      return { name, code, expiresAt };
    },
    'desks.revoke': ({ deskId }, ctx) => {
      const row = repos.desks.get(deskId);
      if (!row) throw new AppFailure('not_found');
      if (repos.desks.revoke(deskId, ctx.now().toISOString(), ctx.staff.id)) {
        ctx.audit('desks.revoke', 'desk', deskId, { name: row.name, address: row.address });
      } else {
        ctx.audit('desks.revoke', 'desk', deskId, { name: row.name, already: true });
      }
      // At once: the next call from anyone signed in there finds no session, and its token is
      // refused by the listener before that.
      sessions.endForDesk(deskId);
      return entryOf(repos.desks.get(deskId)!, new Map());
    },
  };
}
