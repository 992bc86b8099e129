import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';

/**
 * Told once at start, in words, when the audit trail no longer holds (issue 11): from which
 * entry on. Nothing is shown while it holds.
 */
export function ChainBanner() {
  const { t } = useTranslation('trust');
  const status = useApiQuery('audit.status', {}, { staleTime: Infinity });
  if (!status.data || status.data.ok) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('chain.broken_title')} mb="md">
      {t('chain.broken', { row: status.data.firstBadRow ?? '' })}
      {status.data.reason && (
        <Text size="sm" fw={600} mt={4}>
          {t(`chain.reason.${status.data.reason}`)}
        </Text>
      )}
    </Alert>
  );
}
