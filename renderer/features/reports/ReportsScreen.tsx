import { Group, Loader, Tabs } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { kzToday } from '../check-in/date-text';
import { StayDetailDrawer } from '../in-house/StayDetailDrawer';
import { ExportButtons } from './ExportButtons';
import { RangePicker } from './RangePicker';
import { RegisterTable } from './RegisterTable';
import { StatisticsPanel } from './StatisticsPanel';
import { Totals } from './Totals';
import { monthRange, type Range } from './range';

/** The owner's month end: the register (with its files) and how the desk is doing. */
export function ReportsScreen() {
  const { t } = useTranslation('reports');
  const [range, setRange] = useState<Range>(() => monthRange(kzToday().slice(0, 7)));
  const [tab, setTab] = useState<string | null>('register');
  const [params, setParams] = useSearchParams();
  const stayId = Number(params.get('stay')) || null;
  const register = useApiQuery('reports.register', range, {
    placeholderData: keepPreviousData,
    enabled: tab === 'register',
  });
  const stats = useApiQuery('reports.statistics', range, {
    placeholderData: keepPreviousData,
    enabled: tab === 'statistics',
  });
  return (
    <>
      <ScreenHeader title={t('screen.title')} />
      <Group justify="space-between" align="flex-end" mb="sm">
        <RangePicker value={range} onChange={setRange} />
        <ExportButtons range={range} />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('screen.tabs')} mb="sm">
          <Tabs.Tab value="register">{t('screen.register')}</Tabs.Tab>
          <Tabs.Tab value="statistics">{t('screen.statistics')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register">
          {register.error && (
            <ErrorAlert error={register.error} onRetry={() => void register.refetch()} />
          )}
          {register.isPending && <Loader size="sm" />}
          {register.data && (
            <>
              <Totals totals={register.data.totals} />
              {register.data.rows.length === 0 ? (
                <EmptyState title={t('register.empty')} />
              ) : (
                <RegisterTable
                  rows={register.data.rows}
                  byPlace={register.data.byPlace === true}
                  onOpen={(id) => setParams({ stay: String(id) })}
                />
              )}
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="statistics">
          {stats.error && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
          {stats.isPending && <Loader size="sm" />}
          {stats.data && <StatisticsPanel stats={stats.data} />}
        </Tabs.Panel>
      </Tabs>
      <StayDetailDrawer
        stayId={stayId}
        onClose={() => setParams({})}
        onOpenStay={(id) => setParams({ stay: String(id) })}
      />
    </>
  );
}
