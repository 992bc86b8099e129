import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';

const CHOICES = [60, 120, 240, 0] as const;

/** How often the overdue / due-today reminder may come back while the app is open. */
export function ReminderSetting() {
  const { t } = useTranslation('notifications-ui');
  const settings = useApiQuery('notifications.settings', {});
  const save = useApiMutation('notifications.saveSettings');
  const s = settings.data;
  if (!s) return null;
  const value = (CHOICES as readonly number[]).includes(s.reminderMinutes)
    ? String(s.reminderMinutes)
    : '60';
  return (
    <Select
      size="xs"
      label={t('reminders.every')}
      // The label beside the field, so the screen's header stays one line high.
      styles={{
        root: { display: 'flex', alignItems: 'center', gap: 8 },
        label: { marginBottom: 0, whiteSpace: 'nowrap' },
        wrapper: { width: 190 },
      }}
      data={CHOICES.map((m) => ({
        value: String(m),
        label: m === 0 ? t('reminders.onlyAtStart') : t('reminders.hours', { count: m / 60 }),
      }))}
      value={value}
      onChange={(v) => v !== null && save.mutate({ ...s, reminderMinutes: Number(v) })}
      allowDeselect={false}
    />
  );
}
