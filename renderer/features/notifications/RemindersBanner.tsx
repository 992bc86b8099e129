import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Reminders } from '../../../shared/contract';
import { shouldRemind, type ReminderMemory } from '../../../shared/filing/reminder-policy';
import { call } from '../../api/client';

const MEMORY_KEY = 'tirkeu.reminder';
// How often the policy is asked; it alone decides whether a reminder is due.
const CHECK_MS = 60_000;

function readMemory(): ReminderMemory {
  try {
    const m = JSON.parse(sessionStorage.getItem(MEMORY_KEY) ?? 'null') as ReminderMemory | null;
    if (m && (m.lastShownAt === null || typeof m.lastShownAt === 'number')) return m;
  } catch {
    // A damaged entry is as good as none.
  }
  return { lastShownAt: null, lastUrgent: 0 };
}

/**
 * Web mode's reminder (the desktop app shows a system notification instead, from the main
 * process): at start, then never more often than the user's `reminderMinutes`, what is overdue
 * and due today, as a banner the user can put away until the next one. Remembered per tab, so
 * a reload does not remind again early.
 */
export function RemindersBanner() {
  const { t } = useTranslation('notifications-ui');
  const navigate = useNavigate();
  const location = useLocation();
  const [shown, setShown] = useState<Reminders | null>(null);

  useEffect(() => {
    if (window.tirkeu) return;
    let stopped = false;
    const check = async () => {
      try {
        const [counts, settings] = await Promise.all([
          call('notifications.counts', {}),
          call('notifications.settings', {}),
        ]);
        const now = Date.now();
        if (stopped || !shouldRemind(now, counts, settings, readMemory())) return;
        const reminders = await call('notifications.reminders', {});
        if (stopped) return;
        sessionStorage.setItem(
          MEMORY_KEY,
          JSON.stringify({ lastShownAt: now, lastUrgent: counts.overdue + counts.dueToday }),
        );
        setShown(reminders);
      } catch {
        // Unreachable for a moment: the next check tries again.
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  // The board says the same in its own counts.
  if (!shown || location.pathname.startsWith('/notifications')) return null;
  const parts = [
    shown.overdue.length > 0 && t('reminders.overdue', { count: shown.overdue.length }),
    shown.dueToday.length > 0 && t('reminders.dueToday', { count: shown.dueToday.length }),
    shown.noPdf.length > 0 && t('reminders.noPdf', { count: shown.noPdf.length }),
  ].filter(Boolean);
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      mb="sm"
      p="xs"
      withCloseButton
      closeButtonLabel={t('reminders.dismiss')}
      onClose={() => setShown(null)}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('reminders.title')}: {parts.join(' · ')}
        </Text>
        <Button size="compact-sm" variant="default" onClick={() => void navigate('/notifications')}>
          {t('reminders.openBoard')}
        </Button>
      </Group>
    </Alert>
  );
}
