import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type {
  CalendarChangeResult,
  CalendarOverrideView,
  CalendarYearView,
} from '../../../../shared/contract';
import { kzDateOf } from '../../../../shared/rules';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActorName } from '../../../i18n/actor-name';
import { useCalendarText } from './calendar-text';
import { MovesSummary } from './MovesTable';

interface Props {
  view: CalendarYearView;
  onRemoved: (result: CalendarChangeResult, date: string) => void;
}

/** The owner's changes in the year, each with its source and who added it; each removable. */
export function OverridesTable({ view, onRemoved }: Props) {
  const { td, date, weekday, reason } = useCalendarText();
  const actor = useActorName();
  const [removing, setRemoving] = useState<CalendarOverrideView | null>(null);
  return (
    <Stack gap={6}>
      <Title order={2} size="h5">
        {td('calendar:overrides.heading')}
      </Title>
      {view.overrides.length === 0 ? (
        <Text size="sm" c="dimmed">
          {td('calendar:overrides.empty')}
        </Text>
      ) : (
        <Table
          withTableBorder
          verticalSpacing={4}
          horizontalSpacing="sm"
          fz="sm"
          bg="white"
          aria-label={td('calendar:overrides.heading')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{td('calendar:overrides.date')}</Table.Th>
              <Table.Th>{td('calendar:overrides.becomes')}</Table.Th>
              <Table.Th>{td('calendar:overrides.instead')}</Table.Th>
              <Table.Th>{td('calendar:overrides.source')}</Table.Th>
              <Table.Th>{td('calendar:overrides.added')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.overrides.map((o) => (
              <Table.Tr key={o.date}>
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {`${weekday(o.date)} ${date(o.date)}`}
                </Table.Td>
                <Table.Td fw={600}>
                  {td(o.working ? 'calendar:kind.working' : 'calendar:kind.off')}
                </Table.Td>
                <Table.Td>{reason(o.shipped)}</Table.Td>
                <Table.Td>
                  {o.source}
                  {o.note && (
                    <Text size="xs" c="dimmed">
                      {o.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {td('calendar:overrides.addedBy', {
                    name: o.createdBy ? actor(o.createdBy) : '—',
                    date: date(kzDateOf(new Date(o.createdAt))),
                  })}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setRemoving(o)}
                    aria-label={td('calendar:overrides.removeLabel', { date: date(o.date) })}
                  >
                    {td('calendar:overrides.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? td('calendar:remove.title', { date: date(removing.date) }) : ''}
        size="xl"
      >
        {removing && (
          <RemoveOverride
            override={removing}
            onCancel={() => setRemoving(null)}
            onDone={(r) => {
              setRemoving(null);
              onRemoved(r, removing.date);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function RemoveOverride({
  override,
  onCancel,
  onDone,
}: {
  override: CalendarOverrideView;
  onCancel: () => void;
  onDone: (result: CalendarChangeResult) => void;
}) {
  const { td, reason } = useCalendarText();
  const preview = useApiQuery('calendar.previewRemoval', { date: override.date }, { staleTime: 0 });
  const remove = useApiMutation('calendar.removeOverride');
  return (
    <Stack gap="sm">
      <Text size="sm">{td('calendar:remove.intro', { what: reason(override.shipped) })}</Text>
      {preview.error && <ErrorAlert error={preview.error} />}
      {preview.data && <MovesSummary moved={preview.data} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {td('common:action.cancel')}
        </Button>
        <Button
          color="red.8"
          disabled={!preview.data}
          loading={remove.isPending}
          onClick={() => remove.mutate({ date: override.date }, { onSuccess: onDone })}
          data-autofocus
        >
          {td('calendar:remove.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
