import { Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayDetail } from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../check-in/DateInput';
import { isoToDateText, parseDateText } from '../check-in/date-text';
import { useIssues } from '../check-in/use-issues';
import { ActionDialog } from './ActionDialog';
import { StayLimitAlert } from '../../components/stay-limit/StayLimitAlert';

interface DialogProps {
  detail: StayDetail;
  onClose: () => void;
}

/** Another room of this hotel: no new notice (domain.md §1). */
export function RoomDialog({ detail, onClose }: DialogProps) {
  const { t } = useTranslation('stays');
  const save = useApiMutation('stays.changeRoom');
  const [room, setRoom] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const issues = useIssues(local ? [{ field: 'room', code: local }] : [], save.error);
  return (
    <ActionDialog
      opened
      onClose={onClose}
      title={t('action.changeRoom')}
      confirm={t('action.changeRoomConfirm')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => {
        if (!room.trim()) return setLocal('required');
        setLocal(null);
        save.mutate({ stayId: detail.stayId, room: room.trim() }, { onSuccess: onClose });
      }}
    >
      <Text size="sm">{t('action.changeRoomHint', { room: detail.room })}</Text>
      <TextInput
        label={t('action.newRoom')}
        value={room}
        onChange={(e) => setRoom(e.currentTarget.value)}
        error={issues.error('room')}
        maxLength={20}
        data-autofocus
        required
      />
    </ActionDialog>
  );
}

/** A new planned check-out date. */
export function ExtendDialog({ detail, onClose }: DialogProps) {
  const { t } = useTranslation('stays');
  const save = useApiMutation('stays.extend');
  const [date, setDate] = useState(isoToDateText(detail.plannedCheckOut));
  const [local, setLocal] = useState<string | null>(null);
  const issues = useIssues(local ? [{ field: 'plannedCheckOut', code: local }] : [], save.error);
  // domain.md §10: an extension past the last lawful day is said before saving; saving stays open.
  const parsed = parseDateText(date);
  const wanted = parsed.ok ? parsed.value : null;
  return (
    <ActionDialog
      opened
      onClose={onClose}
      title={t('action.extend')}
      confirm={t('action.extendConfirm')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => {
        const parsed = parseDateText(date);
        if (!parsed.ok) return setLocal(parsed.code);
        if (!parsed.value) return setLocal('required');
        setLocal(null);
        save.mutate(
          { stayId: detail.stayId, plannedCheckOut: parsed.value },
          { onSuccess: onClose },
        );
      }}
    >
      <DateInput
        label={t('field.plannedCheckOut')}
        value={date}
        onChange={setDate}
        error={issues.error('plannedCheckOut')}
        data-autofocus
        required
      />
      {detail.stayLimit && wanted && (
        <StayLimitAlert result={detail.stayLimit} departure={wanted} />
      )}
    </ActionDialog>
  );
}

/** Undo an entry made in error; its notices are cancelled, the reason kept in the log. */
export function CancelDialog({ detail, onClose }: DialogProps) {
  const { t } = useTranslation('stays');
  const save = useApiMutation('stays.cancel');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const issues = useIssues(local ? [{ field: 'reason', code: local }] : [], save.error);
  return (
    <ActionDialog
      opened
      onClose={onClose}
      title={t('action.cancelEntry')}
      confirm={t('action.cancelEntryConfirm')}
      danger
      pending={save.isPending}
      error={save.error}
      onSubmit={() => {
        if (reason.trim().length < 3) return setLocal('reason.required');
        setLocal(null);
        save.mutate({ stayId: detail.stayId, reason: reason.trim() }, { onSuccess: onClose });
      }}
    >
      <Text size="sm">{t('action.cancelEntryHint')}</Text>
      <Textarea
        label={t('action.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={issues.error('reason')}
        maxLength={500}
        autosize
        minRows={2}
        data-autofocus
        required
      />
    </ActionDialog>
  );
}
