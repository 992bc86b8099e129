import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import type { Reminders } from '../../../shared/contract';

/**
 * At start, then every `reminderMinutes` while the app is open (never more often; 0 = only at
 * start): what is overdue and due today, as a banner the user can put away until the next time.
 */
export function RemindersBanner() {
  const { t } = useTranslation('notifications-ui');
  const navigate = useNavigate();
  const location = useLocation();
  const settings = useApiQuery('notifications.settings', {});
  const minutes = settings.data?.reminderMinutes;
  const [shown, setShown] = useState<Reminders | null>(null);

  useEffect(() => {
    if (minutes === undefined) return;
    let stopped = false;
    const remind = () => {
      call('notifications.reminders', {})
        .then((r) => {
          if (!stopped) setShown(r.overdue.length + r.dueToday.length > 0 ? r : null);
        })
        .catch(() => undefined);
    };
    remind();
    if (minutes === 0) return () => void (stopped = true);
    const timer = window.setInterval(remind, minutes * 60_000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [minutes]);

  // The board says the same in its own counts.
  if (!shown || location.pathname.startsWith('/notifications')) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      mb="sm"
      withCloseButton
      closeButtonLabel={t('reminders.dismiss')}
      onClose={() => setShown(null)}
      title={t('reminders.title')}
    >
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">
          {[
            shown.overdue.length > 0 && t('reminders.overdue', { count: shown.overdue.length }),
            shown.dueToday.length > 0 && t('reminders.dueToday', { count: shown.dueToday.length }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Button size="xs" variant="default" onClick={() => void navigate('/notifications')}>
          {t('reminders.openBoard')}
        </Button>
      </Group>
    </Alert>
  );
}
