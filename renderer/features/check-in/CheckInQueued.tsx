import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, OutboxEntryView } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { deadlineDayYear } from '../../components/deadline';

interface Props {
  entry: OutboxEntryView;
  onNext: () => void;
}

/**
 * A joined desk saved the check-in in its outbox because the host could not be reached
 * (issue 22): said plainly, with each guest's deadline as computed on this desk.
 */
export function CheckInQueued({ entry, onNext }: Props) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => nextRef.current?.focus(), []);
  return (
    <Stack gap="sm" maw={1100}>
      <Alert color="yellow" variant="light" role="status" title={t('outbox.savedTitle')}>
        {t('outbox.savedText')}
      </Alert>
      {entry.guests.map((g, i) => {
        const name = [g.surname, g.givenNames].filter(Boolean).join(' ');
        return (
          <Paper key={i} withBorder p="sm" component="section" aria-label={name}>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Title order={2} size="h5">
                  {name}
                </Title>
                <Text size="sm" c="dark.4">
                  {countryName(g.citizenship, lang)} · {t('outbox.room', { room: entry.room })}
                </Text>
                <Text size="sm" fw={500}>
                  {g.notice
                    ? t(g.notice.provisional ? 'outbox.deadlineProvisional' : 'outbox.deadline', {
                        date: deadlineDayYear(g.notice.dueDate, lang),
                      })
                    : t('outbox.noNotice')}
                </Text>
              </Stack>
              <Badge color="gray" variant="light">
                {t('outbox.queued')}
              </Badge>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button ref={nextRef} onClick={onNext}>
          {t('done.next')}
        </Button>
      </Group>
    </Stack>
  );
}
