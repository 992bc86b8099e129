import {
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DynamicT } from '../../components/use-error-text';
import { applyMrz, confirmReading, otherReading } from './mrz-apply';
import { guestFromMatch, type GuestDraft, type GuestField } from './draft';
import { GUEST_PATHS, GuestFields, type DoubtActions } from './GuestFields';
import { GuestMatchOffer } from './GuestMatchOffer';
import { IDENTITY_CODES, IdentityQuestion, type IdentityAnswer } from './IdentityQuestion';
import { consentGiver } from './consent';
import { MrzField } from './MrzField';
import { MrzImageInput } from './camera/MrzImageInput';
import { useGuestMatches } from './use-guest-matches';
import type { IssueLookup } from './use-issues';

interface Props {
  index: number;
  guests: GuestDraft[];
  update: (index: number, change: (g: GuestDraft) => GuestDraft, field?: GuestField) => void;
  onRemove?: (() => void) | undefined;
  issues: IssueLookup;
  /** A zone was read into this guest: the form decides where the cursor goes next. */
  onScanned: (index: number) => void;
  onSkipMrz: (index: number) => void;
  /** The desk answered the server's question about who this is: save again with the answer. */
  onAnswer: (index: number, answer: IdentityAnswer) => void;
  /** A returning guest was picked: the cursor goes on to what is left to fill. */
  onPicked: (index: number) => void;
  autoFocusMrz?: boolean;
}

/** One person of the group: their document's zone, their data, their consent. */
export function GuestCard(props: Props) {
  const { index, guests, update, issues } = props;
  const guest = guests[index]!;
  const { t } = useTranslation(['stays', 'documents']);
  const td = t as unknown as DynamicT;
  const prefix = `guests.${index}.`;
  const [dismissed, setDismissed] = useState<number[]>([]);
  const matches = useGuestMatches(guest).filter((m) => !dismissed.includes(m.guestId));

  const set = <K extends GuestField>(field: K, value: GuestDraft[K]) =>
    update(index, (g) => ({ ...g, [field]: value }), field);

  // The desk's two answers to a field in doubt, also as Alt+O and Alt+M anywhere in the card.
  const doubtActions: DoubtActions = {
    other: (field) => update(index, (g) => otherReading(g, field), field),
    confirm: (field) => {
      update(index, (g) => confirmReading(g, field), field);
      // The buttons go with the doubt: the cursor goes back to the field just confirmed.
      setTimeout(() => {
        const path = GUEST_PATHS[field];
        if (path) document.querySelector<HTMLElement>(`[data-path="${prefix}${path}"]`)?.focus();
      }, 0);
    },
  };
  const onDoubtKey = (e: KeyboardEvent<HTMLElement>) => {
    const doubt = guest.mrzDoubts[0];
    if (!doubt || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.code !== 'KeyO' && e.code !== 'KeyM') return;
    e.preventDefault();
    e.stopPropagation();
    if (e.code === 'KeyO') doubtActions.other(doubt.field);
    else doubtActions.confirm(doubt.field);
  };

  const holders = guests
    .slice(0, index)
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.ownDocument);
  const nameOf = (g: GuestDraft, i: number) =>
    [g.surname, g.givenNames].filter(Boolean).join(' ') || t('checkIn.guestN', { n: i + 1 });

  const giver = consentGiver(guests, index);
  const question = issues.all.find(
    (i) => i.field === `${prefix}person.surname` && IDENTITY_CODES.includes(i.code),
  );

  const mrzIssue = guest.mrzIssues.find((i) => i.field === 'mrz' && i.kind === 'error');
  const mrzWarning = guest.mrzIssues.find((i) => i.field === 'mrz' && i.kind === 'warning');

  const childSlot = !guest.ownDocument && (
    <Grid.Col span={9}>
      <Select
        label={t('checkIn.onDocumentOf')}
        description={t('checkIn.onDocumentOfHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        data={holders.map(({ g, i }) => ({ value: String(i), label: nameOf(g, i) }))}
        value={guest.onDocumentOf === null ? null : String(guest.onDocumentOf)}
        onChange={(v) => set('onDocumentOf', v === null ? null : Number(v))}
        error={issues.error(`${prefix}onDocumentOf`, `${prefix}document`)}
        maw={420}
        allowDeselect={false}
      />
    </Grid.Col>
  );

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={t('checkIn.guestN', { n: index + 1 })}
      onKeyDown={onDoubtKey}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={2} size="h5">
              {index === 0 ? t('checkIn.guestN', { n: 1 }) : t('checkIn.memberN', { n: index + 1 })}
            </Title>
            {guest.guestId !== null && (
              <>
                <Badge variant="light" color="blue" tt="none">
                  {t('match.returning')}
                </Badge>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => update(index, (g) => ({ ...g, guestId: null }))}
                >
                  {t('match.unlink')}
                </Button>
              </>
            )}
          </Group>
          {props.onRemove && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={props.onRemove}
              aria-label={t('checkIn.removeGuest', { n: index + 1 })}
            >
              {t('checkIn.remove')}
            </Button>
          )}
        </Group>

        {index > 0 && (
          <Checkbox
            label={t('checkIn.noOwnDocument')}
            checked={!guest.ownDocument}
            onChange={(e) => {
              const child = e.currentTarget.checked;
              const holder = child ? holders[0] : undefined;
              update(index, (g) => ({
                ...g,
                ownDocument: !child,
                onDocumentOf: holder?.i ?? null,
                // A child on a parent's passport mostly bears the parent's surname.
                surname: g.surname || (holder?.g.surname ?? ''),
              }));
            }}
          />
        )}

        {guest.ownDocument && (
          <MrzField
            value={guest.mrz}
            autoFocus={props.autoFocusMrz}
            onChange={(text) =>
              update(index, (g) => ({
                ...g,
                mrz: text,
                mrzIssues: g.mrzIssues.filter((i) => i.field !== 'mrz'),
              }))
            }
            onRead={(result) => {
              update(index, (g) => applyMrz(g, result));
              props.onScanned(index);
            }}
            onUnreadable={(result) => update(index, (g) => applyMrz(g, result))}
            onSkip={() => props.onSkipMrz(index)}
            error={mrzIssue ? td(`documents:error.${mrzIssue.code}`, mrzIssue.params) : undefined}
            description={
              mrzWarning ? td(`documents:error.${mrzWarning.code}`, mrzWarning.params) : undefined
            }
          />
        )}
        {guest.ownDocument && (
          <MrzImageInput
            inDoubt={guest.mrzDoubts.length > 0}
            onRead={(result, lines, doubtful) => {
              update(index, (g) => ({ ...applyMrz(g, result, doubtful), mrz: lines.join('\n') }));
              props.onScanned(index);
            }}
          />
        )}

        <GuestFields
          guest={guest}
          set={set}
          issues={issues}
          prefix={prefix}
          documentSlot={childSlot || undefined}
          doubtActions={doubtActions}
        />

        {giver === null ? (
          <Checkbox
            id={`consent-${guest.key}`}
            label={t('field.consent')}
            description={t('field.consentHint')}
            checked={guest.consent}
            onChange={(e) => set('consent', e.currentTarget.checked)}
            error={issues.error(`${prefix}consent`)}
            // Mantine does not mark a checkbox with an error: the failed save looks for it.
            aria-invalid={issues.error(`${prefix}consent`) ? true : undefined}
          />
        ) : (
          <Text size="sm">{t('field.consentBy', { name: nameOf(guests[giver]!, giver) })}</Text>
        )}

        {question ? (
          <IdentityQuestion
            issue={question}
            documentNumber={guest.documentNumber.trim().toUpperCase()}
            onAnswer={(answer) => props.onAnswer(index, answer)}
          />
        ) : (
          // Below the fields, so an offer that comes while the desk types moves none of them.
          <GuestMatchOffer
            matches={matches}
            onPick={(m) => {
              update(index, (g) => guestFromMatch(g, m));
              props.onPicked(index);
            }}
            onDismiss={(id) => setDismissed((d) => [...d, id])}
          />
        )}
      </Stack>
    </Paper>
  );
}
