import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { call, captureSecretFromUrl } from './api/client';
import { App } from './app/App';
import { AuthGate } from './features/auth/AuthGate';
import { prefetchSignIn } from './app/first-screen';
import { cssVariablesResolver, theme } from './app/theme';
import { hasStoredLanguage, initI18n, initialLanguage, rememberLanguage } from './i18n';

captureSecretFromUrl();
const i18n = initI18n(initialLanguage());
// A browser or PC seeing Tirkeu for the first time takes the staff member's remembered language.
if (!hasStoredLanguage()) {
  void call('settings.get', {})
    .then(({ language }) => {
      if (language && language !== i18n.language) {
        void i18n.changeLanguage(language);
        rememberLanguage(language);
      }
    })
    .catch(() => undefined);
}
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
