import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NOTICE_FILTERS, type Language, type NoticeFilter } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { DateInput } from '../check-in/DateInput';
import { parseDateText } from '../check-in/date-text';
import { StayDetailDrawer } from '../in-house/StayDetailDrawer';
import { HistoryTable } from './HistoryTable';
import { useHistory } from './use-history';
import { useActorName } from '../../i18n/actor-name';

const dateOrNull = (text: string) => {
  const r = parseDateText(text);
  return r.ok ? r.value : null;
};

/** Every stay ever recorded: a departed guest is found here, and opens in the same panel. */
export function HistoryScreen() {
  const { t, i18n } = useTranslation('reports');
  const actor = useActorName();
  const lang = i18n.language as Language;
  const [search, setSearch] = useState('');
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [citizenship, setCitizenship] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeFilter>('any');
  const [staff, setStaff] = useState<string | null>(null);
  const [query] = useDebouncedValue(search.trim(), 200);
  const [params, setParams] = useSearchParams();
  const stayId = Number(params.get('stay')) || null;
  const options = useApiQuery('history.options', {});

  const filters = {
    query,
    from: dateOrNull(fromText),
    to: dateOrNull(toText),
    citizenship: citizenship ?? '',
    notice,
    staffId: staff ? Number(staff) : null,
  };
  const history = useHistory(filters);
  const rows = useMemo(() => history.data?.pages.flatMap((p) => p.rows) ?? [], [history.data]);
  const first = history.data?.pages[0];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const filtered =
    query !== '' || fromText || toText || citizenship || notice !== 'any' || staff !== null;

  const clear = () => {
    setSearch('');
    setFromText('');
    setToText('');
    setCitizenship(null);
    setNotice('any');
    setStaff(null);
  };

  return (
    <>
      <ScreenHeader title={t('history.title')} />
      <Group mb="sm" gap="xs" wrap="wrap" align="flex-end">
        <TextInput
          type="search"
          label={t('history.search')}
          description={t('history.searchHint')}
          inputWrapperOrder={['label', 'input', 'description']}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
          autoComplete="off"
          size="xs"
        />
        <DateInput
          label={t('history.from')}
          value={fromText}
          onChange={setFromText}
          w={112}
          size="xs"
          mb={18}
        />
        <DateInput
          label={t('history.to')}
          value={toText}
          onChange={setToText}
          w={112}
          size="xs"
          mb={18}
        />
        <Select
          label={t('history.citizenship')}
          placeholder={t('history.anyCitizenship')}
          data={(options.data?.citizenships ?? []).map((c) => ({
            value: c,
            label: countryName(c, lang),
          }))}
          value={citizenship}
          onChange={setCitizenship}
          searchable
          clearable
          w={170}
          size="xs"
          mb={18}
        />
        <Select
          label={t('history.notice')}
          data={NOTICE_FILTERS.map((f) => ({ value: f, label: t(`history.filter.${f}`) }))}
          value={notice}
          onChange={(v) => setNotice((v as NoticeFilter | null) ?? 'any')}
          allowDeselect={false}
          w={190}
          size="xs"
          mb={18}
        />
        <Select
          label={t('history.staff')}
          placeholder={t('history.anyStaff')}
          data={(options.data?.staff ?? []).map((s) => ({
            value: String(s.id),
            label: actor(s.name),
          }))}
          value={staff}
          onChange={setStaff}
          clearable
          w={180}
          size="xs"
          mb={18}
        />
        {filtered && (
          <Button variant="subtle" size="xs" onClick={clear} mb={18}>
            {t('history.clear')}
          </Button>
        )}
      </Group>
      {first && (
        <Text size="sm" c="dark.5" role="status" mb={6}>
          {first.capped
            ? t('history.countCapped', { count: first.total })
            : t('history.count', { count: first.total })}
        </Text>
      )}
      {history.error && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {first && rows.length === 0 && <EmptyState title={t('history.empty')} />}
      {rows.length > 0 && (
        <HistoryTable
          rows={rows}
          total={first?.total ?? rows.length}
          selected={stayId}
          onOpen={(id) => setParams({ stay: String(id) })}
          onNearEnd={onNearEnd}
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
