import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type FilingView, type Language } from '../../../shared/contract';
import { call } from '../../api/client';
import { openFile } from '../../api/files';
import { useApiMutation } from '../../api/hooks';
import { deadlineDayYear } from '../../components/deadline';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DynamicT } from '../../components/use-error-text';
import { kzInstant, kzNowText, parseDateText } from '../check-in/date-text';

/**
 * An order No. 923 task (domain.md §4): telling the guest their own registration deadline (with
 * the printed sheet), or recording the host's confirmation of the guest's request.
 */
export function TaskPanel({ data }: { data: FilingView }) {
  const { t, i18n } = useTranslation(['notifications-ui', 'rules', 'common']);
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const kind = data.notice.kind;
  const complete = useApiMutation('notifications.completeTask');
  const [note, setNote] = useState('');
  const [sheetBusy, setSheetBusy] = useState<Language | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = data.notice.state === 'pending';

  const sheet = async (language: Language) => {
    setSheetBusy(language);
    setError(null);
    try {
      const ref = await call('notifications.guestSheet', { stayId: data.stayId, language });
      await openFile(ref);
    } catch (err) {
      setError(err);
    } finally {
      setSheetBusy(null);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const now = kzNowText();
    const date = parseDateText(now.date);
    if (!date.ok || !date.value) return;
    complete.mutate({
      notificationId: data.notice.id,
      doneAt: kzInstant(date.value, now.time),
      note,
    });
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{td(`rules:task.hint.${kind}`)}</Text>
      {data.notice.dueDate && (
        <Text size="sm" fw={600}>
          {td('rules:status.deadline_at', { date: deadlineDayYear(data.notice.dueDate, lang) })}
        </Text>
      )}
      {kind === 'guest_self_registration' && (
        <section aria-labelledby="sheet-heading">
          <Title order={3} size="h6" id="sheet-heading" mb={4}>
            {t('task.sheetTitle')}
          </Title>
          <Text size="sm" mb={6}>
            {t('task.sheetHint')}
          </Text>
          <Group gap="xs">
            {LANGUAGES.map((l) => (
              <Button
                key={l}
                size="xs"
                variant="default"
                loading={sheetBusy === l}
                onClick={() => void sheet(l)}
                lang={l}
              >
                {t('task.sheetIn', { language: td(`common:language.${l}`) })}
              </Button>
            ))}
          </Group>
        </section>
      )}
      {!!error && <ErrorAlert error={error} />}
      {open ? (
        <form onSubmit={submit} noValidate aria-label={td(`task.done.${kind}`)}>
          <Stack gap="xs">
            <TextInput
              label={t('task.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autoComplete="off"
            />
            {!!complete.error && <ErrorAlert error={complete.error} />}
            <Group>
              <Button type="submit" loading={complete.isPending}>
                {td(`task.done.${kind}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm" fw={600}>
          {t('task.completed')}
        </Text>
      )}
    </Stack>
  );
}
