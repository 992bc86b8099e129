import crypto from 'node:crypto';
import type { StaffMember } from '../../../shared/contract';

export interface SessionsDeps {
  now: () => Date;
  /** Minutes without a call after which a session ends; 0 never. */
  autoLockMinutes: () => number;
  /** The member as the database has them now (null once deactivated). */
  staff: (id: number) => StaffMember | null;
}

export interface Sessions {
  /**
   * `client`: the sign-in attempts row the session was opened through (auth/throttle.ts);
   * `deskId`: the paired desk it was opened at (issue 22), null on the host itself.
   */
  create: (staffId: number, client: string, deskId?: number | null) => string;
  /**
   * The staff member of a live session, or null; each resolve counts as activity. A session
   * answers only where it was opened: a desk's token is nothing on the host or another desk.
   */
  resolve: (token: string | null | undefined, deskId?: number | null) => StaffMember | null;
  /** Whether a session is still live, without counting as activity (the event stream asks). */
  alive: (token: string | null | undefined, deskId?: number | null) => boolean;
  /** Ends every session opened at one desk (it was revoked). */
  endForDesk: (deskId: number) => void;
  /** The staff ids signed in at each desk now (Settings › Desks). */
  byDesk: () => Map<number, number[]>;
  /** The attempts row a live session signed in through. */
  clientOf: (token: string) => string | null;
  end: (token: string) => void;
  /** Ends every session of one member (deactivated, their secret changed), but `except`. */
  endFor: (staffId: number, except?: string | null) => void;
  /** Ends every session: after a restore, a staff id may name someone else. */
  endAll: () => void;
}

/**
 * Sessions live in the memory of the one process serving them: a restart signs everyone out,
 * and a token is worth nothing to another process or after the file is restored (`endAll`). The idle
 * expiry is checked here, on the server, so a tab left open does not stay signed in whatever
 * its page does.
 */
export function createSessions(deps: SessionsDeps): Sessions {
  const live = new Map<
    string,
    { staffId: number; client: string; deskId: number | null; lastSeen: number }
  >();
  /** The live session and its member, or null (an idle or deactivated one is ended here). */
  const check = (token: string | null | undefined, deskId: number | null = null) => {
    if (typeof token !== 'string' || token.length === 0) return null;
    const s = live.get(token);
    if (!s || s.deskId !== deskId) return null;
    const minutes = deps.autoLockMinutes();
    if (minutes > 0 && deps.now().getTime() - s.lastSeen >= minutes * 60_000) {
      live.delete(token);
      return null;
    }
    const staff = deps.staff(s.staffId);
    if (!staff) {
      live.delete(token);
      return null;
    }
    return { s, staff };
  };
  return {
    create(staffId, client, deskId = null) {
      const token = crypto.randomBytes(32).toString('base64url');
      live.set(token, { staffId, client, deskId, lastSeen: deps.now().getTime() });
      return token;
    },
    resolve(token, deskId = null) {
      const found = check(token, deskId);
      if (!found) return null;
      found.s.lastSeen = Math.max(found.s.lastSeen, deps.now().getTime());
      return found.staff;
    },
    alive: (token, deskId = null) => check(token, deskId) !== null,
    endForDesk(deskId) {
      for (const [token, s] of live) if (s.deskId === deskId) live.delete(token);
    },
    byDesk() {
      const out = new Map<number, number[]>();
      for (const token of [...live.keys()]) {
        const s = live.get(token)!;
        if (s.deskId === null || !check(token, s.deskId)) continue;
        out.set(s.deskId, [...(out.get(s.deskId) ?? []), s.staffId]);
      }
      return out;
    },
    clientOf: (token) => live.get(token)?.client ?? null,
    end: (token) => void live.delete(token),
    endFor(staffId, except = null) {
      for (const [token, s] of live)
        if (s.staffId === staffId && token !== except) live.delete(token);
    },
    endAll: () => live.clear(),
  };
}
