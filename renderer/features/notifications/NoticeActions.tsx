import { Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { filingPortal } from './filing-portal';
import { MarkFiledForm } from './MarkFiledForm';

/** "File now" (the board with this notice open) and "Mark as filed", for a stay's pending notice. */
export function NoticeActions({ notificationId }: { notificationId: number }) {
  const { t } = useTranslation('notifications-ui');
  const navigate = useNavigate();
  const [marking, setMarking] = useState(false);
  // The filing view's portal is the one the notice can still go to (VMP once e-Qonaq cannot
  // take it), else the usual one.
  const filing = useApiQuery('notifications.filing', { notificationId }, { enabled: marking });
  return (
    <Group gap="xs">
      <Button size="xs" onClick={() => void navigate(`/notifications?notice=${notificationId}`)}>
        {t('actions.fileNow')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setMarking(true)}>
        {t('filed.formLabel')}
      </Button>
      <Modal
        opened={marking}
        onClose={() => setMarking(false)}
        title={t('filed.formLabel')}
        styles={{ title: { fontWeight: 600 } }}
        closeButtonProps={{ 'aria-label': t('filed.cancel') }}
      >
        {filing.data && (
          <MarkFiledForm
            notificationId={notificationId}
            portal={filingPortal(filing.data)}
            onDone={() => setMarking(false)}
            onCancel={() => setMarking(false)}
          />
        )}
      </Modal>
    </Group>
  );
}
