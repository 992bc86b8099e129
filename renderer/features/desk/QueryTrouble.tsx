import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useHostAway } from './desk-link';
import { touchTime } from './touch-time';

/**
 * A screen's read that failed: on a desk whose host is away, the data already on screen stays
 * and is marked as last seen, with when it was read (issue 22); else the error, as before.
 */
export function QueryTrouble({
  query,
}: {
  query: { error: unknown; data: unknown; dataUpdatedAt: number; refetch: () => unknown };
}) {
  const { t, i18n } = useTranslation('desks');
  const away = useHostAway(query.error);
  if (away && query.data !== undefined && query.dataUpdatedAt > 0)
    return (
      <Text size="sm" c="orange.9" fw={600} mb="xs" role="status">
        {t('link.asLastSeen', {
          time: touchTime(new Date(query.dataUpdatedAt), i18n.language as Language),
        })}
      </Text>
    );
  if (!query.error) return null;
  return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
}
