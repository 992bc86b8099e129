import {
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CalendarYearView } from '../../../../shared/contract';
import { kzDateOf } from '../../../../shared/rules';
import { ApiError } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActorName } from '../../../i18n/actor-name';
import { sourcesText, useCalendarText } from './calendar-text';

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
  const { td, issue } = useCalendarText();
  const [checked, setChecked] = useState(false);
  const [source, setSource] = useState('');
  const confirm = useApiMutation('calendar.confirmYear');
  const issues = confirm.error instanceof ApiError ? (confirm.error.error.issues ?? []) : [];
  const sourceIssue = issues.find((i) => i.field === 'source');
  const other = issues.filter((i) => i.field !== 'source');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({ year: props.year, source }, { onSuccess: props.onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{td('calendar:confirm.intro', { year: props.year })}</Text>
        <TextInput
          label={td('calendar:confirm.source')}
          description={td('calendar:confirm.sourceHint')}
          required
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={sourceIssue ? issue(sourceIssue) : undefined}
          maxLength={300}
          data-autofocus
        />
        <Checkbox
          label={td('calendar:confirm.checked')}
          checked={checked}
          onChange={(e) => setChecked(e.currentTarget.checked)}
        />
        {other.map((i) => (
          <Text key={i.code} size="sm" c="red.8" role="alert">
            {issue(i)}
          </Text>
        ))}
        {confirm.error && !issues.length && <ErrorAlert error={confirm.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {td('common:action.cancel')}
          </Button>
          <Button type="submit" disabled={!checked || !source.trim()} loading={confirm.isPending}>
            {td('calendar:confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
