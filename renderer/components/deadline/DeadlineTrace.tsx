import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeDetail } from '../../../shared/contract';
import type { DynamicT } from '../use-error-text';
import { deadlineDay, deadlineDayYear, reasonText } from './deadline-format';
import classes from './deadline.module.css';

interface Props {
  notice: NoticeDetail;
  /** What started the clock, when the caller knows: the first row says so. */
  eventKind?: 'check_in' | 'return' | undefined;
  /** Without the task's name and deadline line, for a panel that already shows them. */
  compact?: boolean;
}

/**
 * Why the deadline falls where it does (product.md: "a deadline is always explainable"): every
 * day from the arrival to the deadline, counted or skipped and why, provisional days marked, and
 * the rule it comes from.
 */
export function DeadlineTrace({ notice, eventKind, compact = false }: Props) {
  const { t, i18n } = useTranslation();
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const status = notice.status;
  // Counted days are numbered 1, 2, 3: the count the law speaks of.
  const numbers = notice.trace.map(
    (_, i) => notice.trace.slice(0, i + 1).filter((d) => d.counted).length,
  );

  const statusLine =
    notice.state === 'filed'
      ? td('stays:notice.filed')
      : notice.state === 'cancelled'
        ? td('stays:notice.cancelled')
        : status?.kind === 'overdue'
          ? td('rules:status.overdue_by', { count: status.overdueWorkingDays ?? 0 })
          : status?.kind === 'due_today'
            ? td('rules:status.due_today')
            : status?.kind === 'not_due'
              ? td('rules:status.days_left', { count: status.workingDaysLeft ?? 0 })
              : null;

  return (
    <Stack gap={6} className={classes.trace}>
      {!compact && (
        <Text fw={600} size="sm">
          {td(`rules:task.${notice.kind}`)}
        </Text>
      )}
      {!compact && notice.dueDate && (
        <Text size="sm">
          {td('rules:status.deadline_at', { date: deadlineDayYear(notice.dueDate, lang) })}
          {statusLine && ` · ${statusLine}`}
        </Text>
      )}
      {!compact && !notice.dueDate && <Text size="sm">{td(`rules:task.hint.${notice.kind}`)}</Text>}
      {notice.trace.length > 0 && (
        <Table withTableBorder withRowBorders verticalSpacing={3} horizontalSpacing="xs" fz="sm">
          <Table.Caption className={classes.caption}>
            {td('stays:trace.caption', { date: deadlineDay(notice.eventDate, lang) })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{td('stays:trace.day')}</Table.Th>
              <Table.Th>{td('stays:trace.counts')}</Table.Th>
              <Table.Th>{td('stays:trace.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notice.trace.map((day, i) => {
              return (
                <Table.Tr
                  key={day.date}
                  className={day.counted ? classes.counted : classes.skipped}
                  data-provisional={day.provisional || undefined}
                >
                  <Table.Td className={classes.date}>
                    {deadlineDay(day.date, lang)}
                    {i === 0 && eventKind && (
                      <Text span size="xs" c="dimmed" display="block">
                        {td(`stays:trace.event.${eventKind}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.mark}>
                    {day.counted
                      ? td('stays:trace.countedN', { n: numbers[i] })
                      : td('stays:trace.skipped')}
                  </Table.Td>
                  <Table.Td>
                    {reasonText(td, day, lang)}
                    {day.provisional && (
                      <Text span size="xs" fw={600} c="orange.9">
                        {' '}
                        · {td('stays:trace.provisional')}
                      </Text>
                    )}
                    {day.source && (
                      <Text span size="xs" c="dimmed" display="block">
                        {td('stays:trace.source', { source: day.source })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {notice.calendar === 'provisional' && (
        <Text size="xs" c="orange.9" fw={500}>
          {td('rules:calendar.deadline_provisional')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {td('stays:trace.rule', {
          rule: td(`rules:task.rule.${notice.rule}`, { defaultValue: notice.rule }),
        })}
      </Text>
    </Stack>
  );
}
