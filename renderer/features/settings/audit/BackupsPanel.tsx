import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Language } from '../../../../shared/contract';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { signedOutByRestore } from '../../auth/session-store';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { kzMoment } from '../../../components/deadline';
import { BackupFiles } from './BackupFiles';

/** The backups in the data folder: take one now, or restore one after seeing what it holds. */
export function BackupsPanel() {
  const { t, i18n } = useTranslation('trust');
  const lang = i18n.language as Language;
  const list = useApiQuery('backup.list', {});
  const create = useApiMutation('backup.create');
  // A restore ends every session: this tab too goes back to the sign-in screen, which says so.
  const restore = useMutation({
    mutationFn: async (input: { name: string }) => {
      const r = await call('backup.restore', input);
      signedOutByRestore(r.keptAside);
      return r;
    },
  });
  const [asked, setAsked] = useState<BackupInfo | null>(null);
  const counts = (b: BackupInfo) => (b.counts ? t('backup.counts', b.counts) : '');
  const when = (b: BackupInfo) => kzMoment(b.takenAt, lang);

  return (
    <Stack gap="sm" maw={960}>
      <Text size="sm" c="dimmed">
        {t('backup.hint')}
      </Text>
      <Group>
        <Button onClick={() => create.mutate({})} loading={create.isPending}>
          {t('backup.now')}
        </Button>
      </Group>
      {create.data && (
        <Alert color="teal" variant="light" role="status">
          {t('backup.done', { name: create.data.name })}
        </Alert>
      )}
      {restore.data && (
        <Alert color="teal" variant="light" role="status">
          {t('backup.restored', { name: restore.data.keptAside?.split(/[\\/]/).pop() ?? '' })}
        </Alert>
      )}
      {[create.error, restore.error, list.error].map(
        (e, i) => e && <ErrorAlert key={i} error={e} />,
      )}
      {list.data?.length === 0 && <Text c="dimmed">{t('backup.none')}</Text>}
      {!!list.data?.length && (
        <Table verticalSpacing={4} fz="sm" aria-label={t('backup.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>{t('backup.taken')}</Table.Th>
              <Table.Th>{t('column.details')}</Table.Th>
              <Table.Th w={200} />
              <Table.Th w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{when(b)}</Table.Td>
                <Table.Td>{counts(b)}</Table.Td>
                <Table.Td c={b.good ? 'teal.9' : 'red.8'}>
                  {b.good ? t('backup.good') : t('backup.bad')}
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="default"
                    size="xs"
                    disabled={!b.good}
                    aria-label={t('backup.restore_label', { date: when(b) })}
                    onClick={() => setAsked(b)}
                  >
                    {t('backup.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <BackupFiles />
      <Modal
        opened={asked !== null}
        onClose={() => setAsked(null)}
        title={asked ? t('backup.confirm_title', { date: when(asked) }) : ''}
      >
        {asked && (
          <Stack>
            <Text size="sm">
              {t('backup.confirm_body', { date: when(asked), counts: counts(asked) })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsked(null)}>
                {t('backup.cancel')}
              </Button>
              <Button
                color="red"
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate({ name: asked.name }, { onSettled: () => setAsked(null) })
                }
              >
                {t('backup.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
