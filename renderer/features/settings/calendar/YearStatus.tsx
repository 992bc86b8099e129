import { Badge, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CalendarYearView } from '../../../../shared/contract';
import { kzDateOf } from '../../../../shared/rules';
import { useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActorName } from '../../../i18n/actor-name';
import { sourcesText, useCalendarText } from './calendar-text';
import { SourceConfirmForm } from './SourceConfirmForm';

/**
 * The year's status, origin, notes and sources, and the owner's confirmation of a provisional
 * year (domain.md §3: generated and provisional years stay so until an owner confirms them).
 */
export function YearStatus({ view }: { view: CalendarYearView }) {
  const { td, date } = useCalendarText();
  const actor = useActorName();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const withdraw = useApiMutation('calendar.unconfirmYear');
  const provisional = view.status === 'provisional' || view.provisionalDates.length > 0;
  const canConfirm = view.confirmation === null && provisional;
  const c = view.confirmation;
  return (
    <Paper withBorder p="md">
      <Stack gap={8}>
        <Group gap="sm">
          <Title order={2} size="h5">
            {td('calendar:status.heading', { year: view.year })}
          </Title>
          {/* A year with a forecast or provisional day is not "confirmed", whatever its tables. */}
          <Badge
            variant={provisional ? 'outline' : 'light'}
            color={provisional ? 'orange.9' : 'teal'}
            radius="sm"
          >
            {view.status === 'confirmed' && provisional
              ? td('calendar:status.partlyProvisional', { count: view.provisionalDates.length })
              : td(`rules:calendar.status.${view.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {td(`rules:calendar.origin.${view.origin}`)}
          </Text>
        </Group>
        {view.notes.length > 0 && (
          <List size="sm" spacing={2}>
            {view.notes.map((n) => (
              <List.Item key={n}>{td(`rules:calendar.note.${n}`)}</List.Item>
            ))}
          </List>
        )}
        {provisional && c === null && (
          <Text size="sm">{td('calendar:status.provisionalHint')}</Text>
        )}
        {c && (
          <Text size="sm">
            {td('calendar:status.confirmedBy', {
              name: c.confirmedBy ? actor(c.confirmedBy) : '—',
              date: date(kzDateOf(new Date(c.confirmedAt))),
              source: c.source,
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {td('calendar:status.sources')}: {sourcesText(view.sources, td).join('; ')}
        </Text>
        {message && (
          <Text size="sm" c="teal.9" role="status">
            {message}
          </Text>
        )}
        {withdraw.error && <ErrorAlert error={withdraw.error} />}
        {(canConfirm || c) && (
          <Group>
            {canConfirm && (
              <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
                {td('calendar:confirm.open')}
              </Button>
            )}
            {c && (
              <Button
                size="xs"
                variant="default"
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(
                    { year: view.year },
                    {
                      onSuccess: () =>
                        setMessage(td('calendar:confirm.withdrawn', { year: view.year })),
                    },
                  )
                }
              >
                {td('calendar:confirm.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={td('calendar:confirm.title', { year: view.year })}
        size="lg"
      >
        {confirming && (
          <ConfirmYearForm
            year={view.year}
            onCancel={() => setConfirming(false)}
            onDone={() => {
              setConfirming(false);
              setMessage(td('calendar:confirm.done', { year: view.year }));
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}

function ConfirmYearForm(props: { year: number; onCancel: () => void; onDone: () => void }) {
  const { td } = useCalendarText();
  const confirm = useApiMutation('calendar.confirmYear');
  return (
    <SourceConfirmForm
      intro={td('calendar:confirm.intro', { year: props.year })}
      checkedLabel={td('calendar:confirm.checked')}
      submitLabel={td('calendar:confirm.submit')}
      error={confirm.error}
      pending={confirm.isPending}
      onSubmit={(source) =>
        confirm.mutate({ year: props.year, source }, { onSuccess: props.onDone })
      }
      onCancel={props.onCancel}
    />
  );
}
