import {
  Badge,
  Button,
  CloseButton,
  Group,
  Select,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditQuery, Language } from '../../../../shared/contract';
import { kzDateOf } from '../../../../shared/rules/kz-time';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActorName } from '../../../i18n/actor-name';
import { kzMoment } from '../../../components/deadline';
import { actionKey, dayRange, detailsLine, kzInstant, type Words } from './audit-labels';

type Period = 'all' | 'day' | 'shift';

/** The audit trail, newest first, by staff member, day or shift, and guest; 50 at a time. */
export function AuditTrail() {
  const { t, i18n } = useTranslation('trust');
  const actor = useActorName();
  const lang = i18n.language as Language;
  const words: Words = (key, params) => i18n.t(key as never, params as never) as unknown as string;
  const status = useApiQuery('audit.status', {});
  const staff = useApiQuery('audit.staff', {});
  const [staffId, setStaffId] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('all');
  const [day, setDay] = useState(() => kzDateOf(new Date()));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [guest, setGuest] = useState<{ id: number; name: string } | null>(null);

  const range =
    period === 'day' && day
      ? dayRange(day)
      : period === 'shift'
        ? { from: kzInstant(from), to: kzInstant(to) }
        : {};
  const query: Omit<AuditQuery, 'beforeId'> = {
    limit: 50,
    ...(staffId ? { staffId: Number(staffId) } : {}),
    ...(guest ? { guestId: guest.id } : {}),
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
  };
  const pages = useInfiniteQuery({
    queryKey: ['audit.browse', query],
    queryFn: ({ pageParam }) =>
      call('audit.browse', pageParam ? { ...query, beforeId: pageParam } : query),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeId,
  });
  const entries = pages.data?.pages.flatMap((p) => p.entries) ?? [];

  const clear = () => {
    setStaffId(null);
    setPeriod('all');
    setGuest(null);
  };

  return (
    <Stack gap="sm">
      {status.data && (
        <Text size="sm" c={status.data.ok ? 'dimmed' : 'red.8'} fw={status.data.ok ? 400 : 600}>
          {status.data.ok
            ? t('chain.ok', { rows: status.data.rows })
            : `${t('chain.broken', { row: status.data.firstBadRow ?? '' })}${
                status.data.reason ? ` ${t(`chain.reason.${status.data.reason}`)}` : ''
              }`}
        </Text>
      )}
      <Group align="flex-end" gap="sm" role="group" aria-label={t('filter.title')}>
        <Select
          label={t('filter.staff')}
          placeholder={t('filter.all_staff')}
          data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: actor(s.name) }))}
          value={staffId}
          onChange={setStaffId}
          clearable
          w={200}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="audit-period">
            {t('filter.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="audit-period"
            value={period}
            onChange={(v) => setPeriod(v as Period)}
            data={[
              { value: 'all', label: t('filter.all_time') },
              { value: 'day', label: t('filter.day') },
              { value: 'shift', label: t('filter.shift') },
            ]}
          />
        </Stack>
        {period === 'day' && (
          <TextInput
            type="date"
            label={t('filter.date')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
        )}
        {period === 'shift' && (
          <>
            <TextInput
              type="datetime-local"
              label={t('filter.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <TextInput
              type="datetime-local"
              label={t('filter.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
          </>
        )}
        {guest && (
          <Badge
            size="lg"
            variant="light"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('filter.clear')}
                onClick={() => setGuest(null)}
              />
            }
          >
            {t('filter.guest_chip', { name: guest.name })}
          </Badge>
        )}
        <Button variant="default" onClick={clear}>
          {t('filter.clear')}
        </Button>
      </Group>
      {pages.error && <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />}
      <Table
        stickyHeader
        verticalSpacing={4}
        horizontalSpacing="xs"
        fz="sm"
        aria-label={t('tab')}
        aria-rowcount={entries.length}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>№</Table.Th>
            <Table.Th w={150}>{t('column.when')}</Table.Th>
            <Table.Th w={150}>{t('column.who')}</Table.Th>
            <Table.Th>{t('column.action')}</Table.Th>
            <Table.Th w={200}>{t('column.guest')}</Table.Th>
            <Table.Th>{t('column.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const action = actionKey(e.action);
            const name = e.personalErased ? t('erased') : e.guestName;
            const bad =
              status.data && !status.data.ok && e.id >= (status.data.firstBadRow ?? Infinity);
            return (
              <Table.Tr key={e.id} bg={bad ? 'red.0' : undefined}>
                <Table.Td>
                  {e.id}
                  {bad ? ' ⚠' : ''}
                </Table.Td>
                <Table.Td>{kzMoment(e.at, lang, true)}</Table.Td>
                <Table.Td>{e.staffName ? actor(e.staffName) : t('system')}</Table.Td>
                <Table.Td>
                  {t(action.key as 'actions.other', action.params as { code: string })}
                </Table.Td>
                <Table.Td>
                  {e.guestId && name ? (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('show_guest', { name })}
                      onClick={() => setGuest({ id: e.guestId!, name })}
                    >
                      {name}
                    </Button>
                  ) : (
                    ''
                  )}
                </Table.Td>
                <Table.Td>{detailsLine(e, words)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {pages.isSuccess && entries.length === 0 && <Text c="dimmed">{t('none')}</Text>}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('count', { count: entries.length })}
        </Text>
        {pages.hasNextPage && (
          <Button
            variant="default"
            loading={pages.isFetchingNextPage}
            onClick={() => void pages.fetchNextPage()}
          >
            {t('more')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
