import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Language, OutboxEntryView } from '../../../shared/contract';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useErrorText } from '../../components/use-error-text';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { deadlineDayYear } from '../../components/deadline';
import { IDENTITY_CODES, IdentityQuestion } from '../check-in/IdentityQuestion';

/**
 * A joined desk's check-ins kept while the host could not be reached (issue 22). On the host,
 * and on a desk with nothing kept, the list is empty and nothing shows. While something is kept
 * it is asked for again every few seconds, so its arrival shows without a reload.
 */
export function useOutbox() {
  const client = useQueryClient();
  const list = useApiQuery(
    'outbox.list',
    {},
    { refetchInterval: (q) => ((q.state.data?.length ?? 0) > 0 ? 2_000 : false) },
  );
  // One left the outbox (it reached the host): In house and the board are asked again, even if
  // the host's own "changed" event came before this tab's event stream was back.
  const seen = useRef(0);
  const count = list.data?.length ?? 0;
  useEffect(() => {
    if (count < seen.current) void client.invalidateQueries();
    seen.current = count;
  }, [count, client]);
  return list;
}

/** The count for the In house and board status lines; null when nothing is kept. */
export function useOutboxCount(): string | null {
  const { t } = useTranslation('stays');
  const list = useOutbox().data ?? [];
  if (list.length === 0) return null;
  const refused = list.filter((e) => e.state === 'refused').length;
  return [
    t('outbox.count', { count: list.length }),
    refused > 0 && t('outbox.refusedCount', { count: refused }),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function OutboxPanel() {
  const { t } = useTranslation('stays');
  const list = useOutbox().data ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder p="sm" mb="sm" component="section" aria-label={t('outbox.title')}>
      <Title order={2} size="h5">
        {t('outbox.title')}
      </Title>
      <Text size="sm" c="dark.5" mb="xs">
        {t('outbox.hint')}
      </Text>
      <Stack gap="xs">
        {list.map((e) => (
          <OutboxEntry key={e.key} entry={e} />
        ))}
      </Stack>
    </Paper>
  );
}

function OutboxEntry({ entry }: { entry: OutboxEntryView }) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  const { issueText, errorText } = useErrorText();
  const retry = useApiMutation('outbox.retry');
  const discard = useApiMutation('outbox.discard');
  const resolve = useApiMutation('outbox.resolve');
  const names = entry.guests.map((g) => [g.surname, g.givenNames].filter(Boolean).join(' '));
  const label = t('outbox.entry', { room: entry.room, names: names.join(', ') });
  const issues: FieldIssue[] = entry.error?.issues ?? [];
  const question = issues.find((i) => IDENTITY_CODES.includes(i.code));
  const questionGuest = question ? Number(/^guests\.(\d+)\./.exec(question.field)?.[1] ?? 0) : 0;
  const [asking, setAsking] = useState(false);
  const failed = retry.error ?? resolve.error;
  return (
    <Paper withBorder p="xs" role="group" aria-label={label} data-outbox-entry={entry.state}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {label}
          </Text>
          {entry.guests.map((g, i) => (
            <Text key={i} size="sm">
              {names[i]} ·{' '}
              {g.notice
                ? t(g.notice.provisional ? 'outbox.deadlineProvisional' : 'outbox.deadline', {
                    date: deadlineDayYear(g.notice.dueDate, lang),
                  })
                : t('outbox.noNotice')}
            </Text>
          ))}
        </Stack>
        <Badge color={entry.state === 'refused' ? 'red' : 'gray'} variant="light">
          {entry.state === 'refused' ? t('outbox.refused') : t('outbox.queued')}
        </Badge>
      </Group>
      {entry.state === 'refused' && (
        <Stack gap={6} mt={6}>
          {question ? (
            <IdentityQuestion
              issue={question}
              documentNumber={entry.guests[questionGuest]?.documentNumber ?? ''}
              focusOnShow={false}
              onAnswer={(a) =>
                resolve.mutate({
                  key: entry.key,
                  guest: questionGuest,
                  identity: a.identity,
                  guestId: a.guestId,
                })
              }
            />
          ) : (
            <Alert color="red" variant="light" p="xs" title={t('outbox.question')}>
              <Text size="sm">
                {issues.length > 0
                  ? issues.map(issueText).join('; ')
                  : entry.error && errorText(new ApiError(entry.error))}
              </Text>
            </Alert>
          )}
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => retry.mutate({ key: entry.key })}>
              {t('outbox.retry')}
            </Button>
            <Button size="xs" variant="default" color="red" onClick={() => setAsking(true)}>
              {t('outbox.discard')}
            </Button>
          </Group>
        </Stack>
      )}
      {failed && <ErrorAlert error={failed} />}
      {asking && (
        <ConfirmDialog
          title={label}
          confirm={t('outbox.discard')}
          pending={discard.isPending}
          error={discard.error}
          onConfirm={() =>
            discard.mutate({ key: entry.key }, { onSuccess: () => setAsking(false) })
          }
          onClose={() => setAsking(false)}
        >
          {t('outbox.discardAsk')}
        </ConfirmDialog>
      )}
    </Paper>
  );
}
