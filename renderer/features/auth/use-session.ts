import { createContext, useContext } from 'react';
import type { SessionInfo, StaffRole } from '../../../shared/contract';

export const SessionContext = createContext<SessionInfo | null>(null);

/** Who is signed in; only rendered inside the signed-in app. */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** Whether the signed-in role may use a screen (the server enforces it anyway). */
export const useHasRole = (roles: readonly StaffRole[]): boolean =>
  roles.includes(useSession().staff.role);
