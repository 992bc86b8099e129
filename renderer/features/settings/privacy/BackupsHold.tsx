import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupsHolding, Language } from '../../../../shared/contract';
import { formatDate } from '../../../i18n/format';

/**
 * What an erasure cannot reach (issue 19): the backups in the data folder keep the data until
 * they expire, and a copy carried elsewhere until someone deletes it. Said plainly, with the day
 * the last backup goes.
 */
export function BackupsHold({ holding }: { holding: BackupsHolding }) {
  const { t, i18n } = useTranslation('privacy');
  const lang = i18n.language as Language;
  const inFolder =
    holding.copies === 0
      ? t('backups_hold.none')
      : holding.goneBy
        ? t('backups_hold.until', { n: holding.copies, date: formatDate(holding.goneBy, lang) })
        : t('backups_hold.never');
  return (
    <Text size="sm">
      {inFolder} {t('backups_hold.elsewhere')}
    </Text>
  );
}
