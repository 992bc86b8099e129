import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, RuleSetView } from '../../../../shared/contract';
import type { DueRule } from '../../../../shared/rules';
import type { DynamicT } from '../../../components/use-error-text';
import { formatDate } from '../../../i18n/format';

/** What each rule set requires, from when, of whom (domain.md §1, §4), in words. */
export function RuleSetsTable({ ruleSets }: { ruleSets: RuleSetView[] }) {
  const { t, i18n } = useTranslation();
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const day = (iso: string) => formatDate(iso, lang, 'd MMMM yyyy');
  const due = (d: DueRule) =>
    d.type === 'none'
      ? td('calendar:rules.due.none')
      : d.type === 'earlier_of_entry_or_working_days'
        ? td(`calendar:rules.due.${d.type}`, {
            calendarDays: d.calendarDays,
            workingDays: d.workingDays,
          })
        : td(`calendar:rules.due.${d.type}`, { count: d.days });
  return (
    <Stack gap={6}>
      <Title order={2} size="h5">
        {td('calendar:rules.heading')}
      </Title>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="sm" fz="sm" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{td('calendar:rules.rule')}</Table.Th>
            <Table.Th w={150}>{td('calendar:rules.inForce')}</Table.Th>
            <Table.Th>{td('calendar:rules.appliesTo')}</Table.Th>
            <Table.Th w="34%">{td('calendar:rules.owed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ruleSets.map((r) => (
            <Table.Tr key={r.id} style={{ verticalAlign: 'top' }}>
              {/* The legal citation in its own language stays a tooltip: the name above is translated. */}
              <Table.Td fw={600} title={r.source}>
                {td(`rules:task.rule.${r.id}`)}
              </Table.Td>
              <Table.Td>
                {r.effectiveTo
                  ? td('calendar:rules.fromTo', {
                      from: day(r.effectiveFrom),
                      to: day(r.effectiveTo),
                    })
                  : td('calendar:rules.from', { date: day(r.effectiveFrom) })}
              </Table.Td>
              <Table.Td>
                {td(`calendar:rules.applies.${r.appliesTo}`)}
                <Text size="xs" c="dimmed">
                  {td(
                    r.events.includes('return')
                      ? 'calendar:rules.events'
                      : 'calendar:rules.eventsOnce',
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <List size="sm" spacing={2}>
                  {r.tasks.map((task) => (
                    <List.Item key={task.kind}>
                      {td(`rules:task.${task.kind}`)}: {due(task.due)}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
