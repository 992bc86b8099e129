import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELEASES_PAGE } from '../../../shared/leave-app';
import { useApiQuery } from '../../api/hooks';
import { leavesThroughShell, openReleasesPage } from '../../api/files';
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
      <CheckForUpdates />
    </Stack>
  );
}

/**
 * Only when asked, and only by opening the releases page in the system's browser: the app
 * itself never calls out. In web mode the page already is in a browser, so it is a plain link.
 */
function CheckForUpdates() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const label = t('settings.about.updates');
  return (
    <Stack gap={4} align="flex-start">
      {leavesThroughShell() ? (
        <Button
          variant="default"
          onClick={() => {
            setFailed(false);
            openReleasesPage().then(
              (opened) => setFailed(!opened),
              () => setFailed(true),
            );
          }}
        >
          {label}
        </Button>
      ) : (
        <Anchor href={RELEASES_PAGE} target="_blank" rel="noopener noreferrer">
          {label}
        </Anchor>
      )}
      <Text size="sm" c="dimmed">
        {t('settings.about.updatesHint')}
      </Text>
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t('settings.about.updatesFailed', { url: RELEASES_PAGE })}
        </Text>
      )}
    </Stack>
  );
}
