import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { QueryTrouble } from '../desk/QueryTrouble';
import { ScreenHeader } from '../../components/ScreenHeader';
import { InHouseTable } from './InHouseTable';
import { OutboxPanel, useOutboxCount } from './OutboxPanel';
import { StayDetailDrawer } from './StayDetailDrawer';

/** The home screen: everyone staying now, by room, with each foreign guest's notice. */
export function InHouseScreen() {
  const { t } = useTranslation(['common', 'stays']);
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  // The open stay lives in the address (?stay=12) so other screens can link to it.
  const [params, setParams] = useSearchParams();
  const stayId = Number(params.get('stay')) || null;
  // The home screen after sign-in: typing searches at once. Only when nothing else holds the
  // cursor (a link followed, a stay's panel opening), which keeps their focus.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const holder = document.activeElement;
    if (!holder || holder === document.body) searchRef.current?.focus();
  }, []);
  const rows = useApiQuery(
    'stays.inHouse',
    { query },
    { placeholderData: keepPreviousData, refetchInterval: 60_000 },
  );
  const list = rows.data ?? [];
  const absent = list.filter((r) => r.status === 'absent').length;
  const overdue = list.filter((r) => r.notice?.status?.kind === 'overdue').length;
  const dueToday = list.filter((r) => r.notice?.status?.kind === 'due_today').length;
  const kept = useOutboxCount();

  return (
    <>
      <ScreenHeader title={t('screen.inHouse.title')}>
        <Button onClick={() => void navigate('/check-in')}>{t('stays:inHouse.newCheckIn')}</Button>
      </ScreenHeader>
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="md">
        <TextInput
          ref={searchRef}
          type="search"
          aria-label={t('stays:inHouse.search')}
          placeholder={t('stays:inHouse.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={380}
          autoComplete="off"
        />
        {(rows.data || kept) && (
          <Text size="sm" c="dark.5" role="status">
            {[
              rows.data && t('stays:inHouse.count', { count: list.length }),
              absent > 0 && t('stays:inHouse.absentCount', { count: absent }),
              overdue > 0 && t('stays:inHouse.overdueCount', { count: overdue }),
              dueToday > 0 && t('stays:inHouse.dueTodayCount', { count: dueToday }),
              kept,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </Group>
      <OutboxPanel />
      <QueryTrouble query={rows} />
      {rows.data && list.length === 0 && !query && (
        <EmptyState title={t('screen.inHouse.empty')} hint={t('screen.inHouse.emptyHint')} />
      )}
      {rows.data && list.length === 0 && query && (
        <EmptyState title={t('stays:inHouse.noMatch', { query })} />
      )}
      {list.length > 0 && (
        <InHouseTable
          rows={list}
          selected={stayId}
          onOpen={(id) => setParams({ stay: String(id) })}
        />
      )}
      <StayDetailDrawer
        stayId={stayId}
        onClose={() => setParams({})}
        onOpenStay={(id) => setParams({ stay: String(id) })}
      />
    </>
  );
}
