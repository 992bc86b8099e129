import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, StayDetail } from '../../../shared/contract';
import {
  DeadlineTrace,
  deadlineDayYear,
  NoticeBadge,
  traceSummary,
} from '../../components/deadline';
import type { DynamicT } from '../../components/use-error-text';
import { NoticeActions } from '../notifications/NoticeActions';

/** Every notice of the stay with its trace: the first host notice is the check-in's, later ones a return's. */
export function StayNotices({ detail }: { detail: StayDetail }) {
  const { t, i18n } = useTranslation(['stays', 'rules']);
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const hostNotices = detail.notices.filter((n) => n.kind === 'host_notice');
  const firstHost = hostNotices[0]?.id;

  if (detail.notices.length === 0) {
    return <Text size="sm">{t('detail.noNotices')}</Text>;
  }
  return (
    <Stack gap="xs">
      {detail.notices.map((n) => {
        const eventKind =
          n.kind !== 'host_notice' ? undefined : n.id === firstHost ? 'check_in' : 'return';
        const open = n.state === 'pending' && n.kind === 'host_notice';
        return (
          <Paper
            key={n.id}
            withBorder
            p="xs"
            component="article"
            aria-label={td(`rules:task.${n.kind}`)}
          >
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {td(`rules:task.${n.kind}`)}
                </Text>
                <NoticeBadge notice={n} />
              </Group>
              <Text size="sm">
                {n.dueDate
                  ? td('rules:status.deadline_at', { date: deadlineDayYear(n.dueDate, lang) })
                  : td(`rules:task.hint.${n.kind}`)}
              </Text>
              {n.trace.length > 0 && (
                <Text size="sm" c="dark.5">
                  {traceSummary(td, n.trace, lang)}
                </Text>
              )}
              {n.trace.length > 0 && (
                <details open={open}>
                  <summary>
                    <Text span size="sm" c="teal.9">
                      {t('done.showDays')}
                    </Text>
                  </summary>
                  <DeadlineTrace notice={n} eventKind={eventKind} compact />
                </details>
              )}
              {open && <NoticeActions notificationId={n.id} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
