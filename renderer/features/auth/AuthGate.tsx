import { Center } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { SignInName } from '../../../shared/contract';
import { onEvent } from '../../api/client';
import { loadAllLocales } from '../../i18n';
import { useApiQuery } from '../../api/hooks';
import { checkSession, onStaffChange, useAuthState } from './session-store';
import { AppVersion } from './AppVersion';
import { SignInScreen } from './SignInScreen';
import { useAutoLock } from './use-auto-lock';
import { SessionContext } from './use-session';

const FirstStart = lazy(() =>
  Promise.all([import('../welcome/WelcomeScreen'), loadAllLocales()]).then(([m]) => ({
    default: m.FirstStart,
  })),
);

/**
 * Nothing of the app is shown, or asked of the server, before someone signs in (issue 11). A
 * database whose owner has no PIN yet (new, or from before sign-in) opens on the first start.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const state = useAuthState();
  const client = useQueryClient();
  useEffect(() => void checkSession(), []);
  // Another person signing in sees nothing the last one's screens had loaded.
  useEffect(() => onStaffChange(() => client.clear()), [client]);
  if (state.kind === 'checking') return null;
  if (state.kind === 'signed-in') {
    return (
      <SessionContext.Provider value={state.session}>
        <SignedIn minutes={state.session.autoLockMinutes}>{children}</SignedIn>
      </SessionContext.Provider>
    );
  }
  return (
    <>
      <SignedOut
        locked={state.kind === 'locked' ? state.staff : undefined}
        restored={state.kind === 'signed-out' ? state.restored : undefined}
      />
      <AppVersion />
    </>
  );
}

function SignedIn({ minutes, children }: { minutes: number; children: ReactNode }) {
  const client = useQueryClient();
  useAutoLock(minutes);
  // Another window or tab changed data: refetch what is on screen. The stream needs a session.
  useEffect(
    () =>
      onEvent((m) => {
        if (m.event === 'data.changed') void client.invalidateQueries();
      }),
    [client],
  );
  return children;
}

function SignedOut({
  locked,
  restored,
}: {
  locked: SignInName | undefined;
  restored: string | undefined;
}) {
  const setup = useApiQuery('setup.get', {});
  if (setup.isPending) return null;
  if (setup.data?.secretNeeded) {
    return (
      <Center mih="100vh" p="md">
        <Suspense fallback={null}>
          <FirstStart />
        </Suspense>
      </Center>
    );
  }
  return <SignInScreen key={locked?.id ?? 'all'} locked={locked} restored={restored} />;
}
