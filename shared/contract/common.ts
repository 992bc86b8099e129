import { z } from 'zod';

import { LANGUAGES } from './languages';

export { LANGUAGES, type Language } from './languages';
export const languageSchema = z.enum(LANGUAGES);

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** A calendar date `yyyy-MM-dd` that exists (2026-02-30 is refused with `date.invalid`). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  .refine(isRealDate, { message: 'date.invalid' });

/** An instant, ISO-8601 with an offset. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'datetime.invalid' });

/** Free text from a form: trimmed, bounded so one bad paste cannot bloat the database. */
export const text = (max: number) => z.string().trim().max(max, { message: 'too_long' });

export const emptyInput = z.object({}).strict();
