import type { Language } from '../../../shared/contract';

/**
 * What the demo's staff type in their own words, in the language the demo was made in: a real
 * desk writes a reason in its language, so a ru screen never shows an English one.
 */
export const DEMO_WORDS: Record<Language, { address: string; cancelReason: string }> = {
  en: {
    address: 'Astana, Qabanbai Batyr Ave 11',
    cancelReason: 'Scanned the wrong passport at check-in',
  },
  ru: {
    address: 'г. Астана, пр. Кабанбай батыра, 11',
    cancelReason: 'При заселении отсканирован не тот паспорт',
  },
  kk: {
    address: 'Астана қ., Қабанбай батыр даңғылы, 11',
    cancelReason: 'Орналастыру кезінде басқа төлқұжат сканерленді',
  },
};
