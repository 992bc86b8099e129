import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract';
import { DateInput } from '../check-in/DateInput';
import { kzInstant, parseDateText, parseTimeText } from '../check-in/date-text';
import { TimeInput } from '../check-in/TimeInput';

/** When a notice was filed, as typed: a date and a time in Kazakhstan. */
export interface MomentText {
  date: string;
  time: string;
}

/** The typed moment as an instant, or the issues that stop it (fields `filedAt` and `time`). */
export function readFiledMoment(moment: MomentText): { at: string | null; issues: FieldIssue[] } {
  const date = parseDateText(moment.date);
  const time = parseTimeText(moment.time);
  const issues: FieldIssue[] = [];
  if (!date.ok) issues.push({ field: 'filedAt', code: date.code });
  else if (!date.value) issues.push({ field: 'filedAt', code: 'required' });
  if (!time) issues.push({ field: 'time', code: 'time.invalid' });
  const at = date.ok && date.value && time ? kzInstant(date.value, time) : null;
  return { at, issues };
}

/** The filed date and time side by side, as the filing form and its correction both ask. */
export function FiledMomentFields(props: {
  moment: MomentText;
  onChange: (update: (m: MomentText) => MomentText) => void;
  error: (field: string) => string | undefined;
  gap?: 'xs';
  /** The date's label when it is not a filing's ("Date of the attempt"). */
  dateLabel?: string;
}) {
  const { t } = useTranslation('notifications-ui');
  const { t: ts } = useTranslation('stays');
  return (
    <Group grow align="flex-start" gap={props.gap}>
      <DateInput
        label={props.dateLabel ?? t('filed.date')}
        value={props.moment.date}
        onChange={(date) => props.onChange((m) => ({ ...m, date }))}
        error={props.error('filedAt')}
        required
      />
      <TimeInput
        label={ts('field.time')}
        value={props.moment.time}
        onChange={(time) => props.onChange((m) => ({ ...m, time }))}
        error={props.error('time')}
        required
      />
    </Group>
  );
}
