import { Divider, Grid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkGuestFacts,
  checkStayFacts,
  type FieldIssue,
  type StayDetail,
  type StayUpdateInput,
} from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import {
  type GuestDraft,
  type GuestField,
  type StayDraft,
  draftsFromDetail,
} from '../check-in/draft';
import { GUEST_PATHS, GuestFields } from '../check-in/GuestFields';
import { StayFields } from '../check-in/StayFields';
import { useIssues } from '../check-in/use-issues';
import { checkInAt, Collector, guestParts } from '../check-in/validate';
import { kzToday } from '../check-in/date-text';
import { ActionDialog } from './ActionDialog';

function buildUpdate(
  detail: StayDetail,
  guest: GuestDraft,
  stay: StayDraft,
): { ok: true; value: StayUpdateInput } | { ok: false; issues: FieldIssue[] } {
  const c = new Collector();
  const parts = guestParts(c, guest, '', kzToday());
  const at = checkInAt(c, stay);
  const plannedCheckOut = c.date('plannedCheckOut', stay.plannedCheckOut);
  if (!at.at || !at.date) return { ok: false, issues: c.issues };
  const now = new Date();
  c.merge(checkStayFacts({ checkInAt: at.at, plannedCheckOut }, now));
  c.merge(checkGuestFacts(parts, at.date, kzToday(now)));
  if (c.issues.length) return { ok: false, issues: c.issues };
  return {
    ok: true,
    value: {
      stayId: detail.stayId,
      ...parts,
      checkInAt: at.at,
      plannedCheckOut,
      purposeCode: stay.purposeCode,
      ...(stay.placeId !== null && stay.placeId !== detail.placeId
        ? { placeId: stay.placeId }
        : {}),
    },
  };
}

/** Correct what was entered; deadlines follow when what they depend on changes. */
export function EditStayDialog({ detail, onClose }: { detail: StayDetail; onClose: () => void }) {
  const { t } = useTranslation('stays');
  const save = useApiMutation('stays.update');
  const [initial] = useState(() => draftsFromDetail(detail));
  const [guest, setGuest] = useState(initial.guest);
  const [stay, setStay] = useState(initial.stay);
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const [edited, setEdited] = useState<string[]>([]);
  const issues = useIssues(local, save.error, edited);
  const mark = (path: string | undefined) =>
    path && setEdited((e) => (e.includes(path) ? e : [...e, path]));

  const setGuestField = <K extends GuestField>(field: K, value: GuestDraft[K]) => {
    setGuest((g) => ({ ...g, [field]: value }));
    mark(GUEST_PATHS[field]);
  };
  const setStayField = <K extends keyof StayDraft>(field: K, value: StayDraft[K]) => {
    setStay((s) => ({ ...s, [field]: value }));
    mark(field === 'checkInDate' ? 'checkInAt' : field);
  };
  const submit = () => {
    const built = buildUpdate(detail, guest, stay);
    setEdited([]);
    if (!built.ok) return setLocal(built.issues);
    setLocal([]);
    save.mutate(built.value, { onSuccess: onClose });
  };

  return (
    <ActionDialog
      opened
      onClose={onClose}
      title={t('action.editTitle')}
      confirm={t('action.editConfirm')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      size={1040}
    >
      <StayFields stay={stay} set={setStayField} issues={issues} withRoom={false} />
      <Divider />
      <GuestFields
        guest={guest}
        set={setGuestField}
        issues={issues}
        prefix=""
        documentSlot={
          guest.ownDocument ? undefined : (
            <Grid.Col span={9} pt={30}>
              <Text size="sm">
                {t('detail.onDocumentOf', {
                  name: `${detail.onDocumentOf?.surname ?? ''} ${detail.onDocumentOf?.givenNames ?? ''}`.trim(),
                })}
              </Text>
            </Grid.Col>
          )
        }
      />
    </ActionDialog>
  );
}
