import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** Overdue and due-today notices, beside "Notifications" in the navigation. */
export function NotificationsNavCount() {
  const { t } = useTranslation('notifications-ui');
  const counts = useApiQuery('notifications.counts', {}, { refetchInterval: 60_000 });
  const n = counts.data?.urgent ?? 0;
  if (n === 0) return null;
  return (
    <Badge color="red.8" size="sm" radius="sm" variant="filled">
      <span aria-hidden="true">{n}</span>
      <VisuallyHidden>{t('nav.urgent', { count: n })}</VisuallyHidden>
    </Badge>
  );
}
