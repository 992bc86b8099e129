import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CentralChain, Language } from '../../../../shared/contract';
import { kzMoment } from '../../../components/deadline';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../i18n/format';

type Refusal = Exclude<CentralChain, 'ok'>;

const CHAIN_COLOR: Record<CentralChain, string> = {
  ok: 'green',
  gap: 'red',
  edit: 'red',
  fork: 'orange',
};

/**
 * Settings › Desks, "Central register" (owner; issue 25): when this property last shipped to the
 * owner's central register, how many audited entries wait, and whether the centre took the
 * trail. Read from the property's own record, so it answers offline too.
 */
export function CentralShipping() {
  const { t, i18n } = useTranslation('desks');
  const lang = i18n.language as Language;
  const status = useApiQuery('central.status', {});
  if (status.error)
    return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  if (!s) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="central-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="central-title">
          {t('central.title')}
        </Title>
        <Text size="sm">{t('central.intro')}</Text>
        {!s.configured ? (
          <Text size="sm" c="dimmed">
            {t('central.notSet')}
          </Text>
        ) : (
          <>
            <Table withTableBorder variant="vertical" aria-labelledby="central-title">
              <Table.Tbody>
                {s.property ? (
                  <Table.Tr>
                    <Table.Th w={260}>{t('central.property')}</Table.Th>
                    <Table.Td>{s.property}</Table.Td>
                  </Table.Tr>
                ) : null}
                <Table.Tr>
                  <Table.Th w={260}>{t('central.lastShipped')}</Table.Th>
                  <Table.Td>
                    {s.lastShippedAt ? kzMoment(s.lastShippedAt, lang, true) : t('central.never')}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('central.behind')}</Table.Th>
                  <Table.Td>
                    {s.behind === 0 ? t('central.upToDate') : formatNumber(s.behind, lang)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('central.chain')}</Table.Th>
                  <Table.Td>
                    <Badge color={CHAIN_COLOR[s.chain]} variant="light">
                      {t(`central.chainState.${s.chain}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
                {s.lastAttemptAt && s.lastAttemptAt !== s.lastShippedAt ? (
                  <Table.Tr>
                    <Table.Th>{t('central.lastAttempt')}</Table.Th>
                    <Table.Td>{kzMoment(s.lastAttemptAt, lang, true)}</Table.Td>
                  </Table.Tr>
                ) : null}
              </Table.Tbody>
            </Table>
            {s.chain !== 'ok' ? (
              <Alert color={CHAIN_COLOR[s.chain]} title={t(`central.chainState.${s.chain}`)}>
                {t(`central.chainHelp.${s.chain as Refusal}`)}
              </Alert>
            ) : null}
            {s.lastError ? (
              <Alert color="yellow" title={t('central.failed')}>
                {s.lastError === 'central.unreachable'
                  ? t('central.failedUnreachable')
                  : t('central.failedRefused')}
              </Alert>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
