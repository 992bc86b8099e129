import { Alert, Button, Group, Kbd, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInResult, FieldIssue, Language } from '../../../shared/contract';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQueries, useApiQuery } from '../../api/hooks';
import { StayLimitAlert } from '../../components/stay-limit/StayLimitAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { kzNowText } from './date-text';
import { markUnsaved } from '../auth/unsaved-work';
import { emptyGuest, emptyStay, type GuestDraft, type GuestField, type StayDraft } from './draft';
import { focusNext, handleFormKey } from './form-keys';
import { GUEST_PATHS } from './GuestFields';
import { GuestCard } from './GuestCard';
import type { IdentityAnswer } from './IdentityQuestion';
import { StayFields } from './StayFields';
import classes from './check-in.module.css';
import { useIssues } from './use-issues';
import { applyMrz, readMrzText } from './mrz-apply';
import { buildCheckIn } from './validate';
import { draftCapFrom, draftStayLimit } from './stay-limit-draft';

const STAY_PATHS = ['room', 'checkInAt', 'checkInTime', 'plannedCheckOut', 'purposeCode'];

/** Issues that have a field on this form; the rest are listed under the form. */
function shown(issue: FieldIssue): boolean {
  if (STAY_PATHS.includes(issue.field)) return true;
  const m = /^guests\.\d+\.(.+)$/.exec(issue.field);
  if (!m) return false;
  const rest = m[1]!;
  return (
    rest.startsWith('mrz.') || rest === 'document' || Object.values(GUEST_PATHS).includes(rest)
  );
}

interface Props {
  onSaved: (result: CheckInResult) => void;
  /** What a passport reader typed before this form was on screen. */
  initialMrz?: string | undefined;
}

function firstGuest(mrz: string): GuestDraft {
  const guest = emptyGuest({ mrz });
  const result = mrz ? readMrzText(mrz) : null;
  return result?.format ? applyMrz(guest, result) : guest;
}

/** One check-in: the shared stay data and each person of the group. */
export function CheckInForm({ onSaved, initialMrz = '' }: Props) {
  const { t, i18n } = useTranslation('stays');
  const save = useApiMutation('stays.checkIn');
  const [stay, setStay] = useState<StayDraft>(() => emptyStay());
  const [guests, setGuests] = useState<GuestDraft[]>(() => [firstGuest(initialMrz)]);
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const [edited, setEdited] = useState<string[]>([]);
  // The MRZ field has the focus when the screen opens, unless a scan has already been read.
  const [focusKey, setFocusKey] = useState<string | null>(() =>
    guests[0]!.surname ? null : guests[0]!.key,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const roomRef = useRef<HTMLInputElement>(null);
  // A staff switch warns before these entries are lost (features/auth/SwitchStaff).
  const typed = guests.some((g) => g.mrz || g.surname || g.givenNames || g.documentNumber);
  useEffect(() => {
    markUnsaved('check-in', typed);
    return () => markUnsaved('check-in', false);
  }, [typed]);
  useEffect(() => {
    if (focusKey === null) roomRef.current?.focus();
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const issues = useIssues(local, save.error, edited);

  const markEdited = (path: string) => setEdited((e) => (e.includes(path) ? e : [...e, path]));

  const setStayField = <K extends keyof StayDraft>(field: K, value: StayDraft[K]) => {
    setStay((s) => ({ ...s, [field]: value }));
    markEdited(field === 'checkInDate' ? 'checkInAt' : field);
  };

  const update = (index: number, change: (g: GuestDraft) => GuestDraft, field?: GuestField) => {
    setGuests((list) =>
      list.map((g, i) => {
        if (i !== index) return g;
        const next = change(g);
        return field
          ? { ...next, mrzIssues: next.mrzIssues.filter((x) => x.field !== field) }
          : next;
      }),
    );
    const path = field && GUEST_PATHS[field];
    if (path) markEdited(`guests.${index}.${path}`);
    if (field) markEdited(`guests.${index}.mrz.${field}`);
  };

  // A failed save puts the cursor on the first thing at fault (a question first), whose error
  // text says why; the alert under the form counts them.
  const focusFirstInvalid = () =>
    setTimeout(() => {
      const form = formRef.current;
      const target =
        form?.querySelector<HTMLElement>('[data-identity-question] button') ??
        form?.querySelector<HTMLElement>('[aria-invalid="true"]');
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    }, 0);

  // The form as it is now, for the cursor moves that run after a render (a scan just applied).
  const latest = useRef({ stay, guests });
  useLayoutEffect(() => {
    latest.current = { stay, guests };
  });

  // What is left to fill once the guest's data is in: a field the portal will need that the
  // scan could not give (the departure, the date of issue) or one at fault, then a consent not
  // yet ticked, then Save. A field reached this way hands its Enter on to the next one.
  const focusLeftToFill = () => {
    const form = formRef.current;
    if (!form) return;
    const { stay: s, guests: list } = latest.current;
    const built = buildCheckIn(s.checkInTouched ? s : { ...s, ...kzNowText() }, list);
    const open = built.ok ? [] : built.issues.map((i) => i.field);
    const gap = [...form.querySelectorAll<HTMLElement>('[data-path]')].find((el) =>
      open.includes(el.dataset.path ?? ''),
    );
    if (gap) {
      gap.dataset.gapPath = '1';
      gap.focus();
      if (gap instanceof HTMLInputElement) gap.select();
      return;
    }
    (
      form.querySelector<HTMLElement>('input[type=checkbox][id^="consent-"]:not(:checked)') ??
      form.querySelector<HTMLElement>('button[type=submit]')
    )?.focus();
  };

  const submit = (list: GuestDraft[] = guests) => {
    if (save.isPending) return;
    // Untouched, the check-in moment is the moment of saving.
    const current = stay.checkInTouched ? stay : { ...stay, ...kzNowText() };
    if (!stay.checkInTouched) setStay(current);
    const built = buildCheckIn(current, list);
    setEdited([]);
    if (!built.ok) {
      setLocal(built.issues);
      save.reset();
      focusFirstInvalid();
      return;
    }
    setLocal([]);
    // The consent's words were shown in the form's language: the stay records which.
    save.mutate(
      { ...built.value, consentLanguage: i18n.language as Language },
      {
        onSuccess: onSaved,
        onError: focusFirstInvalid,
      },
    );
  };

  const addMember = () => {
    const member = emptyGuest({ citizenship: guests[0]?.citizenship ?? '' });
    setGuests((list) => [...list, member]);
    setFocusKey(member.key);
  };

  const remove = (index: number) => {
    // Issue paths carry indexes: after a removal they would point at the wrong person.
    setGuests((list) =>
      list
        .filter((_, i) => i !== index)
        .map((g) => {
          if (g.onDocumentOf === null) return g;
          if (g.onDocumentOf === index) return { ...g, onDocumentOf: null };
          return g.onDocumentOf > index ? { ...g, onDocumentOf: g.onDocumentOf - 1 } : g;
        }),
    );
    setLocal([]);
    save.reset();
  };

  // After a scan or a returning guest picked, the cursor goes where the desk still has to type:
  // the room at once (a reader may still be sending keys), else, once the guest's data is on
  // screen, a consent not yet ticked or Save.
  const onScanned = () => {
    if (!roomRef.current?.value.trim()) roomRef.current?.focus();
    else setTimeout(focusLeftToFill, 0);
  };

  const onAnswer = (index: number, answer: IdentityAnswer) => {
    const next = guests.map((g, i) =>
      i === index ? { ...g, identity: answer.identity, guestId: answer.guestId ?? g.guestId } : g,
    );
    setGuests(next);
    submit(next);
  };

  // Enter in Room once a guest's data is in skips what the scan filled, and so does Enter in a
  // field that path led to.
  const jump = (from: HTMLElement): boolean => {
    const onPath = from.dataset.gapPath === '1';
    if (!onPath && (from !== roomRef.current || !guests[0]?.surname.trim())) return false;
    delete from.dataset.gapPath;
    focusLeftToFill();
    return true;
  };

  const onSkipMrz = (index: number) => {
    const mrz = formRef.current?.querySelectorAll('textarea')[index];
    if (formRef.current && mrz) focusNext(formRef.current, mrz);
  };

  // domain.md §10: a planned check-out past a guest's right to stay is said before saving.
  const limitSettings = useApiQuery('rules.get', {}).data?.stayLimits;
  // A returning guest's earlier stays here count toward the 90-in-180 cap, as they will once saved.
  const earlier = useApiQueries(
    'guests.earlierStays',
    guests.map((g) => {
      const from = draftCapFrom(stay, g);
      return g.guestId !== null && from !== null ? { guestId: g.guestId, from } : null;
    }),
  );
  const limits = guests.map((g, i) =>
    draftStayLimit(stay, g, limitSettings, undefined, earlier[i]?.data ?? []),
  );

  const unshown = issues.all.filter((i) => !shown(i));
  const hasIssues = issues.all.length > 0;
  const serverFailed = save.error && !(save.error instanceof ApiError && save.error.error.issues);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.altKey && e.code === 'KeyN') {
          e.preventDefault();
          addMember();
          return;
        }
        handleFormKey(e, () => submit(), jump);
      }}
      aria-label={t('checkIn.formLabel')}
    >
      <Stack gap="sm" maw={1100}>
        <Paper withBorder p="sm" component="section" aria-label={t('checkIn.stay')}>
          <Title order={2} size="h5" mb={6}>
            {t('checkIn.stay')}
          </Title>
          <StayFields stay={stay} set={setStayField} issues={issues} roomRef={roomRef} />
        </Paper>

        {guests.map((g, i) => (
          <GuestCard
            key={g.key}
            index={i}
            guests={guests}
            update={update}
            onRemove={guests.length > 1 ? () => remove(i) : undefined}
            issues={issues}
            onScanned={onScanned}
            onPicked={onScanned}
            onAnswer={onAnswer}
            onSkipMrz={onSkipMrz}
            autoFocusMrz={g.key === focusKey}
          />
        ))}

        {/* Sticky: errors never push the actions out of sight at 1366×768. */}
        <Stack gap="xs" className={classes.footer}>
          {hasIssues && (
            <Alert color="red" variant="light" role="alert" p="xs">
              <Text size="sm" fw={600}>
                {t('checkIn.fixFields', { count: issues.all.length })}
              </Text>
              {unshown.length > 0 && (
                <List size="sm">
                  {unshown.map((i) => (
                    <List.Item key={`${i.field}:${i.code}`}>
                      {i.field}: {issues.text(i)}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {limits.map((r, i) =>
            r?.exceeded ? (
              <StayLimitAlert
                key={guests[i]!.key}
                result={r}
                departure={r.checkedAgainst}
                who={[guests[i]!.surname, guests[i]!.givenNames].filter(Boolean).join(' ')}
              />
            ) : null,
          )}
          {serverFailed && <ErrorAlert error={save.error} />}

          <Group justify="space-between">
            <Button variant="default" onClick={addMember}>
              {t('checkIn.addMember')}
            </Button>
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                <Kbd size="xs">Enter</Kbd> {t('checkIn.keysNext')} · <Kbd size="xs">Alt</Kbd>+
                <Kbd size="xs">N</Kbd> {t('checkIn.keysAdd')} · <Kbd size="xs">Ctrl</Kbd>+
                <Kbd size="xs">Enter</Kbd> {t('checkIn.keysSave')}
              </Text>
              <Button type="submit" loading={save.isPending} data-enter-stop>
                {guests.length > 1
                  ? t('checkIn.saveGroup', { count: guests.length })
                  : t('checkIn.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Stack>
    </form>
  );
}
