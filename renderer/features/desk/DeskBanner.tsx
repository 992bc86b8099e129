import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { useDeskLink } from './desk-link';
import { touchTime } from './touch-time';

/** Said at once on a desk whose host does not answer, with the time it last did (issue 22). */
export function DeskBanner() {
  const { t, i18n } = useTranslation('desks');
  const link = useDeskLink();
  if (!link || link.reachable) return null;
  const lang = i18n.language as Language;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('link.title')} mb="md">
      {link.lastContactAt
        ? t('link.lost', { time: touchTime(new Date(link.lastContactAt), lang) })
        : t('link.lostNever')}
    </Alert>
  );
}
