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
  /** `client`: the sign-in attempts row the session was opened through (auth/throttle.ts). */
  create: (staffId: number, client: string) => string;
  /** The staff member of a live session, or null; each resolve counts as activity. */
  resolve: (token: string | null | undefined) => StaffMember | null;
  /** Whether a session is still live, without counting as activity (the event stream asks). */
  alive: (token: string | null | undefined) => boolean;
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
  const live = new Map<string, { staffId: number; client: string; lastSeen: number }>();
  /** The live session and its member, or null (an idle or deactivated one is ended here). */
  const check = (token: string | null | undefined) => {
    if (typeof token !== 'string' || token.length === 0) return null;
    const s = live.get(token);
    if (!s) return null;
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
    create(staffId, client) {
      const token = crypto.randomBytes(32).toString('base64url');
      live.set(token, { staffId, client, lastSeen: deps.now().getTime() });
      return token;
    },
    resolve(token) {
      const found = check(token);
      if (!found) return null;
      found.s.lastSeen = Math.max(found.s.lastSeen, deps.now().getTime());
      return found.staff;
    },
    alive: (token) => check(token) !== null,
    clientOf: (token) => live.get(token)?.client ?? null,
    end: (token) => void live.delete(token),
    endFor(staffId, except = null) {
      for (const [token, s] of live)
        if (s.staffId === staffId && token !== except) live.delete(token);
    },
    endAll: () => live.clear(),
  };
}
