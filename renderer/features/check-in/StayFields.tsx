import { Grid, TextInput } from '@mantine/core';
import { useCallback, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { VMP_PURPOSES } from '../../../shared/documents/vmp';
import { DateInput } from './DateInput';
import { PlaceSelect } from './PlaceSelect';
import type { StayDraft } from './draft';
import { TimeInput } from './TimeInput';
import type { IssueLookup } from './use-issues';
import { VmpSelect } from './VmpSelect';

interface Props {
  stay: StayDraft;
  set: <K extends keyof StayDraft>(field: K, value: StayDraft[K]) => void;
  issues: IssueLookup;
  roomRef?: Ref<HTMLInputElement>;
  /** Editing one stay: the room is changed by its own action, not here. */
  withRoom?: boolean;
}

/** What the whole group shares: room, check-in moment, planned check-out, purpose of visit. */
export function StayFields({ stay, set, issues, roomRef, withRoom = true }: Props) {
  const { t } = useTranslation(['stays', 'documents']);
  const moment = (field: 'checkInDate' | 'checkInTime', value: string) => {
    set(field, value);
    set('checkInTouched', true);
  };
  return (
    <Grid gap="xs">
      <PlaceColumn stay={stay} set={set} issues={issues} remember={withRoom} />
      {withRoom && (
        <Grid.Col span={2}>
          <TextInput
            ref={roomRef}
            label={t('field.room')}
            required
            value={stay.room}
            onChange={(e) => set('room', e.currentTarget.value)}
            error={issues.error('room')}
            maxLength={20}
            autoComplete="off"
          />
        </Grid.Col>
      )}
      <Grid.Col span={2}>
        <DateInput
          label={t('field.checkInDate')}
          required
          value={stay.checkInDate}
          onChange={(v) => moment('checkInDate', v)}
          error={issues.error('checkInAt')}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TimeInput
          label={t('field.checkInTime')}
          required
          value={stay.checkInTime}
          onChange={(v) => moment('checkInTime', v)}
          error={issues.error('checkInTime')}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <DateInput
          label={t('field.plannedCheckOut')}
          // The portals need the departure (shared/filing/check-in-needs.ts).
          required={withRoom}
          data-path="plannedCheckOut"
          value={stay.plannedCheckOut}
          onChange={(v) => set('plannedCheckOut', v)}
          error={issues.error('plannedCheckOut')}
        />
      </Grid.Col>
      <Grid.Col span={withRoom ? 4 : 6}>
        <VmpSelect
          label={t('documents:field.purpose')}
          required
          entries={VMP_PURPOSES}
          value={stay.purposeCode}
          onChange={(v) => set('purposeCode', v)}
          error={issues.error('purposeCode')}
          comboboxProps={{ width: 380, position: 'bottom-end' }}
        />
      </Grid.Col>
    </Grid>
  );
}

/** The place of stay, on its own line above the rest; nothing at all with one place. */
function PlaceColumn({
  stay,
  set,
  issues,
  remember,
}: Pick<Props, 'stay' | 'set' | 'issues'> & { remember: boolean }) {
  const onChange = useCallback((id: number | null) => set('placeId', id), [set]);
  return (
    <PlaceSelect
      value={stay.placeId}
      onChange={onChange}
      error={issues.error('placeId')}
      remember={remember}
    />
  );
}
