import './app/first-screen.css';
// First: the sign-in's words are asked for before React and Mantine are evaluated.
import { firstWords } from './i18n/first-words';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { captureSecretFromUrl } from './api/client';
import { AuthGate } from './features/auth/AuthGate';
import { loadShell, prefetchSignIn } from './app/first-screen';
import { cssVariablesResolver, theme } from './app/theme';
import { initI18n } from './i18n';

const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));

captureSecretFromUrl();
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000 }, mutations: { retry: 0 } },
});
prefetchSignIn(queryClient);
// A staff member's own language is taken up when they sign in (features/auth/staff-language.ts).
const i18n = await initI18n(firstWords.lang, firstWords.words);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <AuthGate>
            <Suspense fallback={null}>
              <Shell />
            </Suspense>
          </AuthGate>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
