import { Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PORTALS,
  type FieldIssue,
  type FilingRecordView,
  type Portal,
} from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../check-in/DateInput';
import { instantToKzText, kzInstant, parseDateText, parseTimeText } from '../check-in/date-text';
import { TimeInput } from '../check-in/TimeInput';
import { useIssues } from '../check-in/use-issues';
import { ActionDialog } from '../in-house/ActionDialog';
import { PORTAL_NAME } from './board-text';

export type CorrectionKind = 'correct' | 'undo' | 'removeProof';

const METHOD = {
  correct: 'notifications.correctFiling',
  undo: 'notifications.undoFiling',
  removeProof: 'notifications.removeProof',
} as const;

/** Correct a filing, take it back, or remove a wrong PDF: always with a reason, all audited. */
export function CorrectionDialog(props: {
  kind: CorrectionKind;
  notificationId: number;
  filing: FilingRecordView;
  onClose: () => void;
}) {
  const { t } = useTranslation('notifications-ui');
  const { t: ts } = useTranslation('stays');
  const save = useApiMutation(METHOD[props.kind]);
  const [reason, setReason] = useState('');
  const [portal, setPortal] = useState<Portal>(props.filing.portal);
  const [moment, setMoment] = useState(() => instantToKzText(props.filing.filedAt));
  const [reference, setReference] = useState(props.filing.reference);
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const issues = useIssues(local, save.error);

  const submit = () => {
    const found: FieldIssue[] = [];
    if (reason.trim().length < 3) found.push({ field: 'reason', code: 'reason.required' });
    if (props.kind !== 'correct') {
      setLocal(found);
      if (found.length === 0)
        save.mutate({ notificationId: props.notificationId, reason }, { onSuccess: props.onClose });
      return;
    }
    const date = parseDateText(moment.date);
    const time = parseTimeText(moment.time);
    if (!date.ok) found.push({ field: 'filedAt', code: date.code });
    else if (!date.value) found.push({ field: 'filedAt', code: 'required' });
    if (!time) found.push({ field: 'time', code: 'time.invalid' });
    setLocal(found);
    if (found.length || !date.ok || !date.value || !time) return;
    save.mutate(
      {
        notificationId: props.notificationId,
        reason,
        portal,
        filedAt: kzInstant(date.value, time),
        reference,
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <ActionDialog
      opened
      onClose={props.onClose}
      title={t(`correct.${props.kind}.title`)}
      confirm={t(`correct.${props.kind}.confirm`)}
      danger={props.kind !== 'correct'}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <Text size="sm">{t(`correct.${props.kind}.hint`)}</Text>
      {props.kind === 'correct' && (
        <>
          <Select
            label={t('filed.portal')}
            data={PORTALS.map((p) => ({ value: p, label: PORTAL_NAME[p] }))}
            value={portal}
            onChange={(v) => v && setPortal(v as Portal)}
            allowDeselect={false}
          />
          <Group grow align="flex-start">
            <DateInput
              label={t('filed.date')}
              value={moment.date}
              onChange={(date) => setMoment((m) => ({ ...m, date }))}
              error={issues.error('filedAt')}
              required
            />
            <TimeInput
              label={ts('field.time')}
              value={moment.time}
              onChange={(time) => setMoment((m) => ({ ...m, time }))}
              error={issues.error('time')}
              required
            />
          </Group>
          <TextInput
            label={t('filed.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={issues.error('reference')}
          />
        </>
      )}
      <Textarea
        label={t('correct.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={issues.error('reason')}
        required
        autosize
        minRows={2}
        data-autofocus
      />
    </ActionDialog>
  );
}
