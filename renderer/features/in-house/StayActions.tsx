import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayDetail } from '../../../shared/contract';
import { EditStayDialog } from './EditStayDialog';
import { MomentDialog, type MomentAction } from './MomentDialog';
import { CancelDialog, ExtendDialog, RoomDialog } from './SimpleDialogs';

type Open = 'edit' | 'room' | 'extend' | 'cancel' | MomentAction | null;

/** The lifecycle actions the stay's status allows; each opens its own dialog. */
export function StayActions({ detail }: { detail: StayDetail }) {
  const { t } = useTranslation('stays');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const active = detail.status === 'in_house' || detail.status === 'absent';
  if (detail.status === 'cancelled') return null;
  return (
    <>
      <Group
        gap={6}
        role="toolbar"
        aria-label={t('action.label')}
        wrap="nowrap"
        justify="space-between"
        align="flex-start"
      >
        <Group gap={6}>
          <Button size="xs" variant="default" onClick={() => setOpen('edit')}>
            {t('action.edit')}
          </Button>
          {active && (
            <>
              <Button size="xs" variant="default" onClick={() => setOpen('room')}>
                {t('action.changeRoom')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setOpen('extend')}>
                {t('action.extend')}
              </Button>
              {detail.status === 'in_house' ? (
                <Button size="xs" variant="default" onClick={() => setOpen('absent')}>
                  {t('action.absent')}
                </Button>
              ) : (
                <Button size="xs" variant="default" onClick={() => setOpen('returned')}>
                  {t('action.returned')}
                </Button>
              )}
              <Button size="xs" onClick={() => setOpen('checkOut')}>
                {t('action.checkOut')}
              </Button>
            </>
          )}
        </Group>
        {/* Beside the others, never wrapped onto a line of its own. */}
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => setOpen('cancel')}
          style={{ flexShrink: 0 }}
        >
          {t('action.cancelEntry')}
        </Button>
      </Group>
      {open === 'edit' && <EditStayDialog detail={detail} onClose={close} />}
      {open === 'room' && <RoomDialog detail={detail} onClose={close} />}
      {open === 'extend' && <ExtendDialog detail={detail} onClose={close} />}
      {open === 'cancel' && <CancelDialog detail={detail} onClose={close} />}
      {(open === 'absent' || open === 'returned' || open === 'checkOut') && (
        <MomentDialog detail={detail} action={open} onClose={close} />
      )}
    </>
  );
}
