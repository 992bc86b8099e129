import { Alert, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTALS, type FilingView, type Portal, type StaffRef } from '../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoticeBadge } from '../../components/deadline';
import type { DynamicT } from '../../components/use-error-text';
import { PORTAL_NAME, STATE_KEY } from './board-text';
import { FilingHistory } from './FilingHistory';
import { LatenessNote } from './LatenessNote';
import classes from './notifications.module.css';
import { PortalTab } from './PortalTab';
import { TaskPanel } from './TaskPanel';

interface Props {
  notificationId: number;
  staff: StaffRef[];
  onOpenNotice: (notificationId: number) => void;
}

/** The filing panel beside the board: one notice, worked on one portal at a time. */
export function FilingPanel({ notificationId, staff, onOpenNotice }: Props) {
  const { t } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  const headingId = useId();
  const [portal, setPortal] = useState<Portal | undefined>(undefined);
  const filing = useApiQuery('notifications.filing', { notificationId, portal });
  const settings = useApiQuery('notifications.settings', {});
  const saveSettings = useApiMutation('notifications.saveSettings');
  const data = filing.data;

  // The tab chosen becomes the hotel's usual portal: the next notice opens on it.
  const choose = (p: Portal) => {
    setPortal(p);
    const s = settings.data;
    if (s && s.usualPortal !== p) saveSettings.mutate({ ...s, usualPortal: p });
  };

  return (
    <section className={classes.panel} aria-labelledby={headingId}>
      {filing.isPending && <Loader size="sm" aria-label={t('panel.loading')} />}
      {filing.error && <ErrorAlert error={filing.error} onRetry={() => void filing.refetch()} />}
      {data && (
        <Stack gap="sm">
          <PanelHeader data={data} headingId={headingId} />
          {data.lateness && (
            <LatenessNote
              lateness={data.lateness}
              filed={data.state === 'filed_no_proof' || data.state === 'proven'}
            />
          )}
          {data.notice.kind !== 'host_notice' ? (
            <TaskPanel data={data} />
          ) : (
            <>
              {data.state === 'no_pdf' && (
                <Alert color="orange" variant="light" title={td('notifications:state.no_pdf')}>
                  {t('panel.noPdfHint')}
                </Alert>
              )}
              <Tabs
                value={data.portal}
                onChange={(v) => v && choose(v as Portal)}
                keepMounted={false}
              >
                <Tabs.List aria-label={t('panel.portalTabs')}>
                  {PORTALS.map((p) => (
                    <Tabs.Tab key={p} value={p}>
                      {PORTAL_NAME[p]}
                      {p === data.usualPortal && (
                        <Text span size="xs" c="dark.4">
                          {' '}
                          · {t('panel.usual')}
                        </Text>
                      )}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {PORTALS.map((p) => (
                  <Tabs.Panel key={p} value={p} pt="sm">
                    {p === data.portal && (
                      <PortalTab
                        key={`${notificationId}-${p}`}
                        data={data}
                        onOpenNotice={onOpenNotice}
                      />
                    )}
                  </Tabs.Panel>
                ))}
              </Tabs>
              <FilingHistory data={data} staff={staff} />
            </>
          )}
        </Stack>
      )}
    </section>
  );
}

function PanelHeader({ data, headingId }: { data: FilingView; headingId: string }) {
  const { t } = useTranslation(['notifications-ui', 'rules']);
  const td = t as unknown as DynamicT;
  const name = data.fields.find((f) => f.key === 'surname')?.value ?? '';
  const given = data.fields.find((f) => f.key === 'givenNames')?.value ?? '';
  return (
    <div>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {[name, given].filter(Boolean).join(' ') || t('panel.title')}
        </Title>
        <NoticeBadge notice={data.notice} />
      </Group>
      <Group gap={6} mt={2}>
        <Text size="sm" c="dark.5">
          {[
            td(`rules:task.${data.notice.kind}`),
            t('board.room', { room: data.room }),
            data.stayStatus === 'checked_out' ? t('board.departed') : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Badge variant="outline" color="dark.6" tt="none" radius="sm" size="sm">
          {td(STATE_KEY[data.state])}
        </Badge>
      </Group>
    </div>
  );
}
