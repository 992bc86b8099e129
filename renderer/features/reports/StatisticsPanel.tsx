import { Alert, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { REGISTER_TOTAL_KEYS, type Language, type Statistics } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import { vmpPurpose } from '../../../shared/documents/vmp';
import { dateLocale, formatDate, formatNumber, formatTenge } from '../../i18n/format';
import { BarList, StackedColumns } from './charts';
import { Totals } from './Totals';
import classes from './reports.module.css';

/** Compliance for a range: the same totals as the register, and what lateness costs. */
export function StatisticsPanel({ stats }: { stats: Statistics }) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language as Language;
  const rate = stats.onTimeRate;
  const series = [
    { key: 'onTime', label: t('timeliness.on_time'), color: 'var(--mantine-color-teal-6)' },
    { key: 'late', label: t('timeliness.late'), color: 'var(--mantine-color-orange-5)' },
    { key: 'overdue', label: t('timeliness.overdue'), color: 'var(--mantine-color-red-7)' },
    { key: 'open', label: t('timeliness.open'), color: 'var(--mantine-color-gray-4)' },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <section className={classes.card} aria-labelledby="stats-rate">
          <Title order={2} size="h5" id="stats-rate">
            {t('stats.onTimeRate')}
          </Title>
          <div className={classes.bigNumber}>
            {rate === null
              ? '—'
              : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-KZ`, {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }).format(rate)}
          </div>
          <Text size="xs" c="dark.5">
            {rate === null ? t('stats.noRate') : t('stats.onTimeRateHint')}
          </Text>
        </section>
        <section
          className={classes.card}
          aria-labelledby="stats-totals"
          style={{ gridColumn: 'span 2' }}
        >
          <Title order={2} size="h5" id="stats-totals">
            {t('totals.title')}
          </Title>
          <Totals totals={stats.totals} />
        </section>
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="md">
        <section className={classes.card} aria-labelledby="stats-month">
          <Title order={2} size="h5" id="stats-month" mb="xs">
            {t('stats.perMonth')}
          </Title>
          <StackedColumns
            title={t('stats.perMonth')}
            series={series}
            columns={stats.perMonth.map((m) => ({
              label: format(parseISO(`${m.month}-01`), 'LLL yy', { locale: dateLocale(lang) }),
              values: { onTime: m.onTime, late: m.late, overdue: m.overdue, open: m.open },
            }))}
          />
        </section>
        <section className={classes.card} aria-labelledby="stats-cit">
          <Title order={2} size="h5" id="stats-cit" mb="xs">
            {t('stats.byCitizenship')}
          </Title>
          <BarList
            title={t('stats.byCitizenship')}
            valueLabel={t('stats.count')}
            bars={stats.byCitizenship.slice(0, 10).map((c) => ({
              label: countryName(c.key, lang),
              value: c.count,
            }))}
          />
        </section>
        <section className={classes.card} aria-labelledby="stats-purpose">
          <Title order={2} size="h5" id="stats-purpose" mb="xs">
            {t('stats.byPurpose')}
          </Title>
          <BarList
            title={t('stats.byPurpose')}
            valueLabel={t('stats.count')}
            bars={stats.byPurpose.map((p) => ({
              label: (p.key && vmpPurpose(p.key)?.[lang]) || t('stats.noPurpose'),
              value: p.count,
            }))}
          />
        </section>
      </SimpleGrid>
      {stats.byPlace && stats.byPlace.length > 1 && (
        <section className={classes.card} aria-labelledby="stats-place">
          <Title order={2} size="h5" id="stats-place" mb="xs">
            {t('stats.byPlace')}
          </Title>
          <Table
            aria-labelledby="stats-place"
            verticalSpacing={4}
            horizontalSpacing={6}
            fz="sm"
            striped
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.place')}</Table.Th>
                {REGISTER_TOTAL_KEYS.map((k) => (
                  <Table.Th key={k}>{t(`totals.${k}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.byPlace.map((p) => (
                <Table.Tr key={p.place}>
                  <Table.Th scope="row">{p.place}</Table.Th>
                  {REGISTER_TOTAL_KEYS.map((k) => (
                    <Table.Td key={k}>{formatNumber(p.totals[k], lang)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      <section className={classes.card} aria-labelledby="stats-cost">
        <Title order={2} size="h5" id="stats-cost" mb={4}>
          {t('stats.cost')}
        </Title>
        {stats.article48 ? (
          <Alert color="red" variant="light" role="alert" mb="xs" title={t('stats.article48Title')}>
            {t('stats.article48')}
          </Alert>
        ) : (
          <Text size="sm" mb="xs">
            ✓ {t('stats.article48Clear')}
          </Text>
        )}
        {stats.lateCosts.length === 0 ? (
          <Text size="sm">{t('stats.costNone')}</Text>
        ) : (
          <>
            <Text size="sm">
              {t('stats.costHint', { size: t(`stats.size.${stats.businessSize}`) })}
            </Text>
            <Group gap="md" my={4}>
              {stats.totalTenge !== null && (
                <Text fw={700} size="lg">
                  {t('stats.costTotal', { amount: formatTenge(stats.totalTenge, lang) })}
                </Text>
              )}
              {stats.warningsOnly > 0 && (
                <Text size="sm">{t('stats.warningsOnly', { count: stats.warningsOnly })}</Text>
              )}
            </Group>
            <Table fz="xs" verticalSpacing={2} maw={620} aria-label={t('stats.cost')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stats.lateOn')}</Table.Th>
                  <Table.Th>{t('stats.part')}</Table.Th>
                  <Table.Th>{t('stats.mci')}</Table.Th>
                  <Table.Th>{t('stats.tenge')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stats.lateCosts.map((c) => (
                  <Table.Tr key={c.notificationId}>
                    <Table.Td>{formatDate(c.lateOn, lang, 'dd.MM.yyyy')}</Table.Td>
                    <Table.Td>{t('stats.partValue', { part: c.part })}</Table.Td>
                    <Table.Td>{c.mci === null ? '—' : formatNumber(c.mci, lang)}</Table.Td>
                    <Table.Td>
                      {c.tenge === null ? t('stats.warning') : formatTenge(c.tenge, lang)}
                      {c.estimated ? ` (${t('stats.estimated')})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </section>
    </Stack>
  );
}
