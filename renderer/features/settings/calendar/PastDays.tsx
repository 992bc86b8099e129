import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCalendarText } from './calendar-text';

/**
 * Provisional days that have passed (a forecast Kurban Ait and the days beside it, a day of a year
 * with no transfer order), whatever year is on screen: the owner confirms them once they know
 * what happened (domain.md §3). Until then the board's footer says so.
 */
export function PastDays() {
  const { td, date } = useCalendarText();
  const past = useApiQuery('calendar.pastProvisional', {});
  const [confirming, setConfirming] = useState(false);
  // Held here, not in the dialog: the refetch after saving empties the list and closes the dialog,
  // which would drop a callback given to mutate() before it ran.
  const confirm = useApiMutation('calendar.confirmDays');
  const dates = past.data?.dates ?? [];
  if (confirm.isSuccess) {
    return (
      <Text size="sm" c="teal.9" role="status">
        {td('calendar:pastDays.done')}
      </Text>
    );
  }
  if (dates.length === 0) return null;
  return (
    <Alert
      color="orange.9"
      variant="outline"
      title={td('calendar:pastDays.title', { count: dates.length })}
    >
      <Stack gap="xs">
        <Text size="sm">
          {td('calendar:pastDays.intro', { dates: dates.map(date).join(', ') })}
        </Text>
        <Group>
          <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
            {td('calendar:pastDays.open')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={td('calendar:pastDays.modalTitle')}
        size="lg"
      >
        {confirming && (
          <ConfirmDaysForm dates={dates} confirm={confirm} onCancel={() => setConfirming(false)} />
        )}
      </Modal>
    </Alert>
  );
}

function ConfirmDaysForm(props: {
  dates: string[];
  confirm: ReturnType<typeof useApiMutation<'calendar.confirmDays'>>;
  onCancel: () => void;
}) {
  const { td, date, issue } = useCalendarText();
  const [checked, setChecked] = useState(false);
  const [source, setSource] = useState('');
  const { confirm } = props;
  const issues = confirm.error instanceof ApiError ? (confirm.error.error.issues ?? []) : [];
  const sourceIssue = issues.find((i) => i.field === 'source');
  const other = issues.filter((i) => i.field !== 'source');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({ dates: props.dates, source });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {td('calendar:pastDays.intro', { dates: props.dates.map(date).join(', ') })}
        </Text>
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
          label={td('calendar:pastDays.checked')}
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
            {td('calendar:pastDays.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
