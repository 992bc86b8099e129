import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { captureSecretFromUrl } from './api/client';
import { App } from './app/App';
import { AuthGate } from './features/auth/AuthGate';
import { prefetchSignIn } from './app/first-screen';
import { cssVariablesResolver, theme } from './app/theme';
import { initI18n, initialLanguage } from './i18n';

captureSecretFromUrl();
const i18n = initI18n(initialLanguage());
// A staff member's own language is taken up when they sign in (features/auth/staff-language.ts).
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000 }, mutations: { retry: 0 } },
});
prefetchSignIn(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <BrowserRouter>
            <AuthGate>
              <App />
            </AuthGate>
          </BrowserRouter>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
