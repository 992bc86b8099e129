import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** Overdue and due-today notices, and stays past the limit, beside "Notifications" in the navigation. */
export function NotificationsNavCount() {
  const { t } = useTranslation('notifications-ui');
  const counts = useApiQuery('notifications.counts', {}, { refetchInterval: 60_000 });
  const n = counts.data?.urgent ?? 0;
  // domain.md §10: stays past (or near) the guest's right to stay, counted beside the notices.
  const limit = counts.data?.stayLimit ?? 0;
  if (n === 0 && limit === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {n > 0 && (
        <Badge color="red.8" size="sm" radius="sm" variant="filled">
          <span aria-hidden="true">{n}</span>
          <VisuallyHidden>{t('nav.urgent', { count: n })}</VisuallyHidden>
        </Badge>
      )}
      {limit > 0 && (
        <Badge color="orange.9" size="sm" radius="sm" variant="outline">
          <span aria-hidden="true">{limit}</span>
          <VisuallyHidden>{t('nav.stayLimit', { count: limit })}</VisuallyHidden>
        </Badge>
      )}
    </Group>
  );
}
