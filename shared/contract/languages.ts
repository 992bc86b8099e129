// The app's languages, apart from any schema: the renderer's first load reads them without zod.
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
