import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { openFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * The paper notice in Russian and Kazakh (domain.md §10), opened to print: the system's viewer on
 * the desktop, a new tab in web mode.
 */
export function PaperNoticeButton({ notificationId }: { notificationId: number }) {
  const { t } = useTranslation('notifications-ui');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      await openFile(await call('notifications.paperNotice', { notificationId }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} style={{ alignSelf: 'stretch' }}>
      <Button
        variant="default"
        h="auto"
        style={{ flex: 1 }}
        loading={busy}
        title={t('paper.openHint')}
        onClick={() => void open()}
      >
        {t('paper.open')}
      </Button>
      {!!error && <ErrorAlert error={error} />}
    </Stack>
  );
}
