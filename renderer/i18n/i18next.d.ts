import 'i18next';
import type { resources } from '../../shared/locales';

// Typed keys: an unknown key or namespace is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
