import { Button, Checkbox, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTALS, type FieldIssue, type Portal, type StaffRef } from '../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { kzNowText } from '../check-in/date-text';
import { useIssues } from '../check-in/use-issues';
import { PORTAL_NAME } from './board-text';
import { FiledMomentFields, readFiledMoment } from './FiledMoment';

interface Props {
  notificationId: number;
  portal: Portal;
  /** Staff to choose from besides the one acting. */
  staff?: StaffRef[];
  /** VMP: the children on this guest's document, filed in the same notice. */
  childNames?: string[];
  onDone?: () => void;
  onCancel?: () => void;
}

/** Mark as filed: portal, when (now by default, Kazakhstan time), who, the portal's reference. */
export function MarkFiledForm({
  notificationId,
  portal: initialPortal,
  staff = [],
  childNames = [],
  ...props
}: Props) {
  const { t } = useTranslation('notifications-ui');
  const me = useApiQuery('staff.current', {});
  const save = useApiMutation('notifications.markFiled');
  const [portal, setPortal] = useState<Portal>(initialPortal);
  const [moment, setMoment] = useState(() => kzNowText());
  const [reference, setReference] = useState('');
  const [staffId, setStaffId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'filed' | 'no_pdf'>('filed');
  const [withChildren, setWithChildren] = useState(true);
  const childrenApply = portal === 'vmp' && outcome === 'filed' && childNames.length > 0;
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const issues = useIssues(local, save.error);

  const people = [...(me.data ? [{ id: me.data.id, name: me.data.name }] : []), ...staff].filter(
    (s, i, all) => all.findIndex((x) => x.id === s.id) === i,
  );
  const chosenStaff = staffId ?? (me.data ? String(me.data.id) : null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const filed = readFiledMoment(moment);
    setLocal(filed.issues);
    if (!filed.at) return;
    // Not mutate's own onSuccess: the save waits for every query's refresh, and by then this
    // form is gone (the notice is filed), which drops such a callback; the promise still settles.
    save
      .mutateAsync({
        notificationId,
        portal,
        filedAt: filed.at,
        reference,
        filedBy: chosenStaff ? Number(chosenStaff) : undefined,
        outcome: portal === 'paper' ? 'filed' : outcome,
        includeChildren: childrenApply && withChildren,
      })
      .then(() => props.onDone?.())
      // The error is on save.error, shown under the form.
      .catch(() => undefined);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('filed.formLabel')} data-mark-filed>
      <Stack gap="xs">
        <Group grow align="flex-start" gap="xs">
          <Select
            label={t('filed.portal')}
            data={PORTALS.map((p) => ({ value: p, label: PORTAL_NAME[p] }))}
            value={portal}
            onChange={(v) => v && setPortal(v as Portal)}
            allowDeselect={false}
          />
          <Select
            label={t('filed.staff')}
            data={people.map((s) => ({ value: String(s.id), label: s.name }))}
            value={chosenStaff}
            onChange={setStaffId}
            allowDeselect={false}
          />
        </Group>
        <FiledMomentFields moment={moment} onChange={setMoment} error={issues.error} gap="xs" />
        <TextInput
          label={t('filed.reference')}
          description={t('filed.referenceHint')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={issues.error('reference')}
          autoComplete="off"
          // Where copy-next hands the cursor once every value is copied (FilingPanel).
          data-filing-reference
        />
        {/* A notice handed in on paper has no portal to accept it without a PDF. */}
        {portal !== 'paper' && (
          <Radio.Group
            label={t('filed.outcome')}
            value={outcome}
            onChange={(v) => setOutcome(v as 'filed' | 'no_pdf')}
          >
            <Stack gap={4} mt={4}>
              <Radio value="filed" label={t('filed.outcomeFiled')} />
              <Radio value="no_pdf" label={t('filed.outcomeNoPdf')} />
            </Stack>
          </Radio.Group>
        )}
        {childrenApply && (
          <Checkbox
            checked={withChildren}
            onChange={(e) => setWithChildren(e.currentTarget.checked)}
            label={t('filed.withChildren', { names: childNames.join(', ') })}
          />
        )}
        {!!save.error && <ErrorAlert error={save.error} />}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('filed.submit')}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('filed.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
