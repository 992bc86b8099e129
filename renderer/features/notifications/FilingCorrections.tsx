import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PORTALS,
  type FieldIssue,
  type FilingRecordView,
  type Portal,
} from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { instantToKzText } from '../check-in/date-text';
import { useIssues } from '../check-in/use-issues';
import { ActionDialog } from '../in-house/ActionDialog';
import { PORTAL_NAME } from './board-text';
import { FiledMomentFields, readFiledMoment } from './FiledMoment';

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
  const save = useApiMutation(METHOD[props.kind]);
  // A paper filing's proof is the stamped copy, a scan or a photo: not "the PDF".
  const words =
    props.kind === 'removeProof' && props.filing.portal === 'paper' ? 'removeScan' : props.kind;
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
    const filed = readFiledMoment(moment);
    found.push(...filed.issues);
    setLocal(found);
    if (found.length || !filed.at) return;
    save.mutate(
      {
        notificationId: props.notificationId,
        reason,
        portal,
        filedAt: filed.at,
        reference,
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <ActionDialog
      opened
      onClose={props.onClose}
      title={t(`correct.${words}.title`)}
      confirm={t(`correct.${words}.confirm`)}
      danger={props.kind !== 'correct'}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <Text size="sm">{t(`correct.${words}.hint`)}</Text>
      {props.kind === 'correct' && (
        <>
          <Select
            label={t('filed.portal')}
            data={PORTALS.map((p) => ({ value: p, label: PORTAL_NAME[p] }))}
            value={portal}
            onChange={(v) => v && setPortal(v as Portal)}
            allowDeselect={false}
          />
          <FiledMomentFields moment={moment} onChange={setMoment} error={issues.error} />
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
