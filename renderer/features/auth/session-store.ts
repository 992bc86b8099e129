import { useSyncExternalStore } from 'react';
import type { SessionInfo, SignInName, SignedIn } from '../../../shared/contract';
import { call, onSignedOut, sessionToken, setSessionToken } from '../../api/client';
import { keepDeviceKey } from './device-keys';
import { adoptStaffLanguage } from './staff-language';

export type AuthState =
  | { kind: 'checking' }
  /** `restored`: this tab restored a backup, which ended every session (the kept file's name). */
  | { kind: 'signed-out'; restored?: string }
  /** The screen locked itself: the same person unlocks with their PIN, or someone switches. */
  | { kind: 'locked'; staff: SignInName }
  | { kind: 'signed-in'; session: SessionInfo };

// A tab holding no session is signed out from its first render: nothing to check with the server.
let state: AuthState = sessionToken() ? { kind: 'checking' } : { kind: 'signed-out' };
const listeners = new Set<() => void>();
const set = (next: AuthState) => {
  state = next;
  for (const l of listeners) l();
};

export const useAuthState = (): AuthState =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );

/** At start: a reload of a signed-in tab keeps its session if the server still knows it. */
export async function checkSession(): Promise<void> {
  if (!sessionToken()) return set({ kind: 'signed-out' });
  try {
    const session = await call('auth.session', {});
    lastStaffId = session?.staff.id ?? null;
    set(session ? { kind: 'signed-in', session } : { kind: 'signed-out' });
  } catch {
    set({ kind: 'signed-out' });
  }
}

const staffChange = new Set<() => void>();
let lastStaffId: number | null = null;
/** Told before another person's session starts, so nothing of the last one's stays cached. */
export function onStaffChange(listener: () => void): () => void {
  staffChange.add(listener);
  return () => staffChange.delete(listener);
}

export function signedIn(result: SignedIn): void {
  setSessionToken(result.token);
  keepDeviceKey(result.staff.id, result.device);
  if (lastStaffId !== result.staff.id) for (const l of staffChange) l();
  lastStaffId = result.staff.id;
  set({
    kind: 'signed-in',
    session: { staff: result.staff, autoLockMinutes: result.autoLockMinutes },
  });
  adoptStaffLanguage(result);
}

async function endSession(): Promise<void> {
  if (sessionToken()) await call('auth.signOut', {}).catch(() => undefined);
  setSessionToken(null);
}

/** Back to the sign-in screen (shift change). */
export async function switchStaff(): Promise<void> {
  await endSession();
  set({ kind: 'signed-out' });
}

/**
 * A restore ended every session on the server: the full list of names, since a staff id may
 * now name someone else, and nothing of the replaced database left in the cache.
 */
export function signedOutByRestore(keptAside: string | null): void {
  setSessionToken(null);
  lastStaffId = null;
  for (const l of staffChange) l();
  set({ kind: 'signed-out', restored: keptAside?.split(/[\\/]/).pop() ?? '' });
}

/** Auto-lock: the session ends on the server too; the person is remembered for the lock screen. */
export async function lockScreen(): Promise<void> {
  if (state.kind !== 'signed-in') return;
  const { id, name } = state.session.staff;
  await endSession();
  set({ kind: 'locked', staff: { id, name } });
}

onSignedOut(() => {
  if (state.kind === 'signed-in') {
    const { id, name } = state.session.staff;
    set({ kind: 'locked', staff: { id, name } });
  }
});
