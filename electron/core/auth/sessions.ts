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
  create: (staffId: number) => string;
  /** The staff member of a live session, or null; each resolve counts as activity. */
  resolve: (token: string | null | undefined) => StaffMember | null;
  end: (token: string) => void;
  /** Ends every session of one member (deactivated, or their secret reset). */
  endFor: (staffId: number) => void;
}

/**
 * Sessions live in the memory of the one process serving them: a restart signs everyone out,
 * and a token is worth nothing to another process or after the file is restored. The idle
 * expiry is checked here, on the server, so a tab left open does not stay signed in whatever
 * its page does.
 */
export function createSessions(deps: SessionsDeps): Sessions {
  const live = new Map<string, { staffId: number; lastSeen: number }>();
  return {
    create(staffId) {
      const token = crypto.randomBytes(32).toString('base64url');
      live.set(token, { staffId, lastSeen: deps.now().getTime() });
      return token;
    },
    resolve(token) {
      if (typeof token !== 'string' || token.length === 0) return null;
      const s = live.get(token);
      if (!s) return null;
      const now = deps.now().getTime();
      const minutes = deps.autoLockMinutes();
      if (minutes > 0 && now - s.lastSeen >= minutes * 60_000) {
        live.delete(token);
        return null;
      }
      const staff = deps.staff(s.staffId);
      if (!staff) {
        live.delete(token);
        return null;
      }
      s.lastSeen = Math.max(s.lastSeen, now);
      return staff;
    },
    end: (token) => void live.delete(token),
    endFor(staffId) {
      for (const [token, s] of live) if (s.staffId === staffId) live.delete(token);
    },
  };
}
