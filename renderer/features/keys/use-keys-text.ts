import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { keysReportLine, keyWarningLine } from '../../../shared/keys/key-text';
import type { DynamicT } from '../../components/use-error-text';
import { formatDate } from '../../i18n/format';

/** The `keys` namespace's words with the screen's dates, and the sentences shared with paper. */
export function useKeysText() {
  const { t, i18n } = useTranslation('keys');
  const lang = i18n.language as Language;
  const tk = t as unknown as DynamicT;
  const date = (iso: string) => formatDate(iso, lang);
  return {
    tk,
    lang,
    date,
    warningLine: (k: Parameters<typeof keyWarningLine>[1]) => keyWarningLine(tk, k, date),
    reportLine: (k: Parameters<typeof keysReportLine>[1]) => keysReportLine(tk, k, date),
  };
}
