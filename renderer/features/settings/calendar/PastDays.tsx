import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useCalendarText } from './calendar-text';
import { SourceConfirmForm } from './SourceConfirmForm';

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
  const { td, date } = useCalendarText();
  const { confirm } = props;
  return (
    <SourceConfirmForm
      intro={td('calendar:pastDays.intro', { dates: props.dates.map(date).join(', ') })}
      checkedLabel={td('calendar:pastDays.checked')}
      submitLabel={td('calendar:pastDays.submit')}
      error={confirm.error}
      pending={confirm.isPending}
      onSubmit={(source) => confirm.mutate({ dates: props.dates, source })}
      onCancel={props.onCancel}
    />
  );
}
