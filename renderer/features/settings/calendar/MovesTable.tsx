import { Table, Text } from '@mantine/core';
import type { MovedNotice } from '../../../../shared/contract';
import { useCalendarText } from './calendar-text';

/** The open notices a calendar change moves: whose, and from which deadline to which. */
export function MovesTable({ moved, done = false }: { moved: MovedNotice[]; done?: boolean }) {
  const { td, lang, weekday, date } = useCalendarText();
  const day = (iso: string) => `${weekday(iso)} ${date(iso)}`;
  return (
    <Table withTableBorder verticalSpacing={4} horizontalSpacing="sm" fz="sm" bg="white">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{td('calendar:preview.guest')}</Table.Th>
          <Table.Th>{td('calendar:preview.room')}</Table.Th>
          <Table.Th>{td('calendar:preview.event')}</Table.Th>
          <Table.Th>{td(done ? 'calendar:result.dueBefore' : 'calendar:preview.dueNow')}</Table.Th>
          <Table.Th>{td('calendar:preview.dueNew')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {moved.map((m) => (
          <Table.Tr key={m.noticeId}>
            <Table.Td fw={500}>
              {`${m.surname} ${m.givenNames}`.trim()}
              {m.kind !== 'host_notice' && (
                <Text span size="xs" fw={400} display="block">
                  {td(`rules:task.${m.kind}`)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{m.room}</Table.Td>
            <Table.Td>
              {td(`calendar:preview.from.${m.event}`, { date: date(m.eventDate) })}
            </Table.Td>
            <Table.Td>
              <s>{day(m.dueDate)}</s>
            </Table.Td>
            <Table.Td fw={600}>
              {day(m.newDueDate)}
              {m.newCalendar === 'provisional' && (
                <Text span size="xs" fw={400}>
                  {` (${td('calendar:list.provisional').toLocaleLowerCase(lang)})`}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** "These 3 open notifications would move:" with the list, or "No open notification moves." */
export function MovesSummary({ moved, done = false }: { moved: MovedNotice[]; done?: boolean }) {
  const { td } = useCalendarText();
  if (moved.length === 0) {
    return <Text size="sm">{td(done ? 'calendar:result.none' : 'calendar:preview.none')}</Text>;
  }
  return (
    <>
      <Text size="sm" fw={500}>
        {td(done ? 'calendar:result.moved' : 'calendar:preview.moves', { count: moved.length })}
      </Text>
      <MovesTable moved={moved} done={done} />
    </>
  );
}
