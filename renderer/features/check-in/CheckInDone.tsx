import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CheckInResult, Language, StayDetail } from '../../../shared/contract';
import { countryName } from '../../../shared/documents/countries';
import {
  DeadlineTrace,
  deadlineDayYear,
  kzMoment,
  NoticeBadge,
  NoticeTraceButton,
  traceSummary,
} from '../../components/deadline';
import type { DynamicT } from '../../components/use-error-text';

interface Props {
  result: CheckInResult;
  /** Start the next check-in; `mrz` is what a reader typed while this panel was shown. */
  onNext: (mrz?: string) => void;
}

// A reader's keys come a few ms apart; a pause this long means the scan is over.
const BURST_END_MS = 250;

/** After saving: each guest's deadline and why, at once, with "File now" beside it. */
export function CheckInDone({ result, onNext }: Props) {
  const { t, i18n } = useTranslation(['stays', 'rules']);
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const navigate = useNavigate();
  const nextRef = useRef<HTMLButtonElement>(null);
  const first = result.stays[0];

  useEffect(() => {
    nextRef.current?.focus();
    // The next passport may be scanned straight away, before anyone clicks: the reader's keys
    // are gathered here and handed to the next check-in once they stop coming.
    let buffer = '';
    let idle: number | undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const inField =
        e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (inField) return;
      if (e.key === 'Enter' && buffer !== '') buffer += '\n';
      else if (e.key.length === 1 && (e.key !== ' ' || buffer !== '')) buffer += e.key;
      else return;
      e.preventDefault();
      window.clearTimeout(idle);
      idle = window.setTimeout(() => onNext(buffer), BURST_END_MS);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(idle);
    };
  }, [onNext]);

  // "File now" opens the board on the group's first owed notice.
  const owed = result.stays
    .flatMap((s) => s.notices)
    .find((n) => n.state === 'pending' && n.kind === 'host_notice');

  return (
    <Stack gap="sm" maw={1100}>
      <Alert
        color="teal"
        variant="light"
        role="status"
        title={t('done.title', { count: result.stays.length })}
      >
        {first && t('done.where', { room: first.room, at: kzMoment(first.checkInAt, lang) })}
      </Alert>
      {result.stays.map((stay) => (
        <GuestDeadline key={stay.stayId} stay={stay} td={td} lang={lang} />
      ))}
      <Group gap="sm">
        <Button ref={nextRef} onClick={() => onNext()}>
          {t('done.next')}
        </Button>
        {owed && (
          <Button
            variant="default"
            onClick={() => void navigate(`/notifications?notice=${owed.id}`)}
          >
            {t('done.fileNow')}
          </Button>
        )}
        <Button
          variant="subtle"
          onClick={() => first && void navigate(`/in-house?stay=${first.stayId}`)}
        >
          {t('done.openStay')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('done.scanHint')}
      </Text>
    </Stack>
  );
}

function GuestDeadline({ stay, td, lang }: { stay: StayDetail; td: DynamicT; lang: Language }) {
  const notice = stay.notices.find((n) => n.kind === 'host_notice' && n.state !== 'cancelled');
  const others = stay.notices.filter((n) => n.kind !== 'host_notice' && n.state !== 'cancelled');
  const name = [stay.person.surname, stay.person.givenNames].filter(Boolean).join(' ');
  return (
    <Paper withBorder p="sm" component="section" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        {/* One width for every card of a family, so the deadlines line up. */}
        <Stack gap={2} w={230} style={{ flexShrink: 0 }}>
          <Title order={2} size="h5">
            {name}
          </Title>
          <Text size="sm" c="dark.4">
            {countryName(stay.person.citizenship, lang)}
            {stay.onDocumentOf &&
              ` · ${td('stays:detail.onDocumentOf', {
                name: `${stay.onDocumentOf.surname} ${stay.onDocumentOf.givenNames}`.trim(),
              })}`}
          </Text>
        </Stack>
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            {notice ? (
              <NoticeTraceButton notice={notice} eventKind="check_in" />
            ) : (
              <NoticeBadge notice={null} />
            )}
            <Text size="sm" fw={500}>
              {notice?.dueDate
                ? td('rules:status.deadline_at', { date: deadlineDayYear(notice.dueDate, lang) })
                : td('stays:done.noNotice')}
              {notice?.status?.kind === 'not_due' &&
                ` · ${td('rules:status.days_left', { count: notice.status.workingDaysLeft ?? 0 })}`}
            </Text>
          </Group>
          {notice && notice.trace.length > 0 && (
            <Text size="sm" c="dark.5">
              {td('stays:done.why')} {traceSummary(td, notice.trace, lang)}
            </Text>
          )}
          {notice && (
            <details>
              <summary>
                <Text span size="sm" c="teal.9">
                  {td('stays:done.showDays')}
                </Text>
              </summary>
              <DeadlineTrace notice={notice} eventKind="check_in" compact />
            </details>
          )}
          {others.map((task) => (
            <Group key={task.id} gap="xs">
              <NoticeTraceButton notice={task} />
              <Text size="sm">{td(`rules:task.${task.kind}`)}</Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </Paper>
  );
}
