import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, MovedDeadline } from '../../shared/contract';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { deadlineDayYear } from './deadline/deadline-format';
import { ErrorAlert } from './ErrorAlert';

/** More than this and the rest is a count: the banner must not push the screen away. */
const SHOWN = 8;

/**
 * Tells the desk which open deadlines an update of the shipped calendar or rules moved (the core
 * recomputes them at start), earliest first, until someone dismisses it.
 */
export function MovedDeadlinesBanner() {
  const { t, i18n } = useTranslation('rules');
  const lang = i18n.language as Language;
  const titleId = useId();
  const moved = useApiQuery('deadlines.moved', {});
  const dismiss = useApiMutation('deadlines.dismissMoved');
  const list = moved.data ?? [];
  if (list.length === 0) return null;

  const date = (iso: string | null) => (iso ? deadlineDayYear(iso, lang) : t('moved.none'));
  // Direction in words beside the date, not by colour alone.
  const direction = (m: MovedDeadline) =>
    m.from && m.to ? (m.to < m.from ? t('moved.earlier') : t('moved.later')) : null;

  return (
    <Alert
      color="orange"
      variant="light"
      mb="md"
      role="region"
      aria-labelledby={titleId}
      // The orange of the light variant is too faint for text: the title reads in dark grey.
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
      title={<span id={titleId}>{t('moved.title')}</span>}
    >
      <Text size="sm" mb="xs">
        {t('moved.intro')}
      </Text>
      <Table withTableBorder verticalSpacing={4} horizontalSpacing="sm" fz="sm" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('moved.guest')}</Table.Th>
            <Table.Th>{t('moved.room')}</Table.Th>
            <Table.Th>{t('moved.task')}</Table.Th>
            <Table.Th>{t('moved.from')}</Table.Th>
            <Table.Th>{t('moved.to')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.slice(0, SHOWN).map((m) => (
            <Table.Tr key={m.noticeId}>
              <Table.Td>
                {m.surname} {m.givenNames}
              </Table.Td>
              <Table.Td>{m.room}</Table.Td>
              <Table.Td>{t(`task.${m.kind}`)}</Table.Td>
              <Table.Td>
                <s>{date(m.from)}</s>
              </Table.Td>
              <Table.Td fw={600}>
                {date(m.to)}
                {direction(m) && (
                  <Text span size="xs" fw={500} c="dark.5">
                    {' '}
                    ({direction(m)})
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="xs">
        <Text size="sm" c="dimmed">
          {list.length > SHOWN ? t('moved.more', { count: list.length - SHOWN }) : null}
        </Text>
        <Button
          size="xs"
          variant="default"
          loading={dismiss.isPending}
          onClick={() => dismiss.mutate({})}
        >
          {t('moved.dismiss')}
        </Button>
      </Group>
      {dismiss.error && <ErrorAlert error={dismiss.error} />}
    </Alert>
  );
}
