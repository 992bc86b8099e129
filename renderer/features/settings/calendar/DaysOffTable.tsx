import { Fragment } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import type { CalendarDayView, CalendarYearView } from '../../../../shared/contract';
import { useCalendarText } from './calendar-text';

/** Every holiday, day off and worked weekend of the year in words, by month. */
export function DaysOffTable({ view }: { view: CalendarYearView }) {
  const { td, reason, date, weekday, monthName } = useCalendarText();
  const overrides = new Set(view.overrides.map((o) => o.date));
  const provisionalYear = view.status === 'provisional';
  const days: CalendarDayView[] = [
    ...view.daysOff.filter((d) => !d.reason.startsWith('weekend.')),
    ...view.workingWeekends,
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const byMonth = new Map<number, CalendarDayView[]>();
  for (const d of days) {
    const m = Number(d.date.slice(5, 7)) - 1;
    byMonth.set(m, [...(byMonth.get(m) ?? []), d]);
  }
  const marks = (d: CalendarDayView) =>
    [
      overrides.has(d.date) ? td('calendar:list.changed') : '',
      d.provisional && !provisionalYear ? td('calendar:list.provisional') : '',
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <Stack gap={6}>
      <div>
        <Title order={2} size="h5">
          {td('calendar:list.heading')}
        </Title>
        <Text size="xs" c="dimmed">
          {td('calendar:list.hint')}
        </Text>
      </div>
      <Table
        withTableBorder
        verticalSpacing={3}
        horizontalSpacing="sm"
        fz="sm"
        bg="white"
        aria-label={td('calendar:list.heading')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{td('calendar:list.date')}</Table.Th>
            <Table.Th w={120}>{td('calendar:list.day')}</Table.Th>
            <Table.Th>{td('calendar:list.why')}</Table.Th>
            <Table.Th w={200}>{td('calendar:list.marks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...byMonth].map(([m, list]) => (
            <Fragment key={m}>
              <Table.Tr bg="gray.0">
                <Table.Th colSpan={4} scope="rowgroup" fw={600}>
                  {monthName(view.year, m)}
                </Table.Th>
              </Table.Tr>
              {list.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Td fw={d.working ? 400 : 600}>{date(d.date)}</Table.Td>
                  <Table.Td>{weekday(d.date)}</Table.Td>
                  <Table.Td>
                    {reason(d)}
                    {d.source && !d.reason.startsWith('override') && (
                      <Text span size="xs" c="dimmed">
                        {` (${d.source})`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{marks(d)}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
