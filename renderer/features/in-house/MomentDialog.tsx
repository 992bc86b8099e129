import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, StayDetail } from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { DateInput } from '../check-in/DateInput';
import { kzInstant, kzNowText, parseDateText, parseTimeText } from '../check-in/date-text';
import { TimeInput } from '../check-in/TimeInput';
import { useIssues } from '../check-in/use-issues';
import { ActionDialog } from './ActionDialog';

export type MomentAction = 'absent' | 'returned' | 'checkOut';

const METHOD = {
  absent: 'stays.markAbsent',
  returned: 'stays.markReturned',
  checkOut: 'stays.checkOut',
} as const;

/** Something that happened at a moment (left for a while, came back, left for good): when. */
export function MomentDialog({
  detail,
  action,
  onClose,
}: {
  detail: StayDetail;
  action: MomentAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('stays');
  const save = useApiMutation(METHOD[action]);
  const [moment, setMoment] = useState(() => kzNowText());
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const issues = useIssues(local, save.error);
  const submit = () => {
    const date = parseDateText(moment.date);
    const time = parseTimeText(moment.time);
    const found: FieldIssue[] = [];
    if (!date.ok) found.push({ field: 'at', code: date.code });
    else if (!date.value) found.push({ field: 'at', code: 'required' });
    if (!time) found.push({ field: 'time', code: 'time.invalid' });
    setLocal(found);
    if (found.length || !date.ok || !date.value || !time) return;
    save.mutate({ stayId: detail.stayId, at: kzInstant(date.value, time) }, { onSuccess: onClose });
  };
  return (
    <ActionDialog
      opened
      onClose={onClose}
      title={t(`action.${action}`)}
      confirm={t(`action.${action}Confirm`)}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <Text size="sm">{t(`action.${action}Hint`)}</Text>
      <Group grow align="flex-start">
        <DateInput
          label={t('action.date')}
          value={moment.date}
          onChange={(date) => setMoment((m) => ({ ...m, date }))}
          error={issues.error('at')}
          required
        />
        <TimeInput
          label={t('field.time')}
          value={moment.time}
          onChange={(time) => setMoment((m) => ({ ...m, time }))}
          error={issues.error('time')}
          required
        />
      </Group>
    </ActionDialog>
  );
}
