import { Alert, Button, FileInput, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Language } from '../../../../shared/contract';
import { call } from '../../../api/client';
import { downloadFile, pickBackupFile, picksBackupsInShell, uploadFile } from '../../../api/files';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { signedOutByRestore } from '../../auth/session-store';
import { kzMoment } from '../../../components/deadline';

/**
 * A backup carried out to a place the user picks (web: a download; desktop: a save dialog) and
 * one brought back from a file: checked first (Tirkeu's, whole, chain holding, not newer), its
 * date and counts shown, restored only on confirmation with the current database kept aside.
 */
export function BackupFiles() {
  const { t, i18n } = useTranslation(['privacy', 'trust']);
  const lang = i18n.language as Language;
  const client = useQueryClient();
  const [picked, setPicked] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ fileId: string; info: BackupInfo } | null>(null);

  const download = useMutation({
    mutationFn: async () => {
      const r = await call('backup.download', {});
      await downloadFile(r.file);
      return r;
    },
    onSuccess: () => client.invalidateQueries(),
  });
  // A backup may be gigabytes: the web bridge streams it to disk, the desktop names the picked
  // file where it lies (no bytes through IPC).
  const inspect = useMutation({
    mutationFn: async (file: File | null) => {
      const ref = file ? await uploadFile(file, 'backup') : await pickBackupFile();
      if (!ref) return null;
      return { fileId: ref.fileId, info: await call('backup.inspectFile', { fileId: ref.fileId }) };
    },
    onSuccess: (r) => setChecked(r),
  });
  const reset = () => {
    download.reset();
    inspect.reset();
    restore.reset();
  };
  const restore = useMutation({
    mutationFn: async (fileId: string) => {
      const r = await call('backup.restoreFile', { fileId });
      // Every session ended with the restore: the sign-in screen says it was restored.
      signedOutByRestore(r.keptAside);
      return r;
    },
    onSettled: () => {
      setChecked(null);
      setPicked(null);
    },
  });
  const counts = (b: BackupInfo) => (b.counts ? t('trust:backup.counts', b.counts) : '');

  return (
    <Stack gap="xs" component="section" aria-label={t('backup.file_title')} mt="md">
      <Title order={3} size="h5">
        {t('backup.file_title')}
      </Title>
      <Text size="sm" c="dark.5">
        {t('backup.download_hint')}
      </Text>
      <Group align="flex-end">
        <Button
          variant="default"
          loading={download.isPending}
          onClick={() => {
            restore.reset();
            download.mutate();
          }}
        >
          {t('backup.download')}
        </Button>
        {picksBackupsInShell() ? (
          <Button
            variant="default"
            aria-label={t('backup.upload_label')}
            loading={inspect.isPending}
            onClick={() => {
              reset();
              inspect.mutate(null);
            }}
          >
            {t('backup.upload')}
          </Button>
        ) : (
          <FileInput
            w={360}
            label={t('backup.upload_label')}
            placeholder={t('backup.upload')}
            value={picked}
            clearable
            onChange={(f) => {
              setPicked(f);
              reset();
              if (f) inspect.mutate(f);
            }}
          />
        )}
      </Group>
      <Text size="sm" role="status" mih={20}>
        {inspect.isPending
          ? t('backup.checking')
          : restore.data
            ? t('trust:backup.restored', { name: restore.data.keptAside ?? '' })
            : download.data
              ? t('backup.downloaded', { name: download.data.file.name })
              : ''}
      </Text>
      {[download.error, inspect.error, restore.error].map(
        (e, i) => e && <ErrorAlert key={i} error={e} />,
      )}
      <Modal
        opened={checked !== null}
        onClose={() => setChecked(null)}
        title={
          checked ? t('backup.checked_title', { date: kzMoment(checked.info.takenAt, lang) }) : ''
        }
      >
        {checked && (
          <Stack>
            <Alert color="teal" variant="light">
              {t('backup.checked_body', {
                date: kzMoment(checked.info.takenAt, lang),
                counts: counts(checked.info),
              })}
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChecked(null)} data-autofocus>
                {t('trust:backup.cancel')}
              </Button>
              <Button
                color="red"
                loading={restore.isPending}
                onClick={() => restore.mutate(checked.fileId)}
              >
                {t('trust:backup.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
