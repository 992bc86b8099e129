import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StayLimitRow } from '../../../shared/contract';
import { useStayLimitText } from '../../components/stay-limit/StayLimitAlert';

/**
 * The board's "Stay limit" group (domain.md §10): stays in house whose guest is past, or within
 * the reminder days of, the last lawful day. Each opens its stay in In house, where the trace is.
 */
export function StayLimitGroup({ rows, id }: { rows: StayLimitRow[]; id: string }) {
  const { t } = useTranslation(['notifications-ui', 'rules']);
  const { day, reasons } = useStayLimitText();
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="xs" mb="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb={4}>
        {t('notifications-ui:stayLimit.group')}: {rows.length}
      </Title>
      <Stack
        gap={4}
        component="ul"
        aria-label={t('notifications-ui:stayLimit.listLabel')}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {rows.map((r) => (
          <li key={r.stayId}>
            <Group gap="xs" wrap="wrap">
              <Badge
                color={r.limit.exceeded ? 'orange.9' : 'yellow.9'}
                variant="filled"
                radius="sm"
              >
                {r.limit.exceeded
                  ? t('rules:stayLimit.exceeded')
                  : t('rules:stayLimit.reminderBadge')}
              </Badge>
              <Anchor component={Link} to={`/in-house?stay=${r.stayId}`} size="sm" fw={600}>
                {t('notifications-ui:board.room', { room: r.room })} · {r.surname} {r.givenNames}
              </Anchor>
              <Text size="sm">
                {r.citizenship} ·{' '}
                {t('notifications-ui:stayLimit.lastDay', { date: day(r.limit.lastDay!) })} (
                {reasons(r.limit)}) ·{' '}
                {r.plannedCheckOut
                  ? t('notifications-ui:stayLimit.departure', { date: day(r.plannedCheckOut) })
                  : t('notifications-ui:stayLimit.noDeparture')}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
