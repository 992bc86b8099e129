import { AppFailure } from '../../../shared/contract';
import { translate } from '../../../shared/locales';
import { languageFromEnv } from './language';

/** One translated line for a failure the CLI cannot recover from (bad database file, ...). */
export function describeError(err: unknown, file?: string): string {
  const lang = languageFromEnv();
  if (err instanceof AppFailure) {
    const message = translate(lang, `errors.${err.error.code}`, { ...err.error.params });
    return file ? `${message} (${file})` : message;
  }
  return err instanceof Error ? err.message : String(err);
}
