import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

export function AboutSettings() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  if (info.error) return <ErrorAlert error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <Stack gap="sm" maw={720}>
      <Table withRowBorders={false} variant="vertical" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>{t('settings.about.version')}</Table.Th>
            <Table.Td>{info.data?.version}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('settings.about.schema')}</Table.Th>
            <Table.Td>{info.data?.schemaVersion}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('settings.about.database')}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{info.data?.dbPath}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {t('settings.about.privacy')}
      </Text>
    </Stack>
  );
}
