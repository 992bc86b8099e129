import { Alert, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTALS, type FilingView, type Portal, type StaffRef } from '../../../shared/contract';
import { sexContext } from '../../../shared/locales/gender';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoticeBadge } from '../../components/deadline';
import type { DynamicT } from '../../components/use-error-text';
import { PORTAL_NAME, STATE_KEY } from './board-text';
import { FilingHistory } from './FilingHistory';
import { LatenessNote } from './LatenessNote';
import classes from './notifications.module.css';
import { PortalAttempts } from './PortalAttempts';
import { PortalTab } from './PortalTab';
import { TaskPanel } from './TaskPanel';

interface Props {
  notificationId: number;
  staff: StaffRef[];
  onOpenNotice: (notificationId: number) => void;
  /** The notice was marked as filed here (the board moves on to the next one). */
  onFiled?: (notificationId: number) => void;
}

/** The filing panel beside the board: one notice, worked on one portal at a time. */
export function FilingPanel({ notificationId, staff, onOpenNotice, onFiled }: Props) {
  const { t } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const [portal, setPortal] = useState<Portal | undefined>(undefined);
  const filing = useApiQuery('notifications.filing', { notificationId, portal });
  const settings = useApiQuery('notifications.settings', {});
  const saveSettings = useApiMutation('notifications.saveSettings');
  const data = filing.data;

  // The tab chosen becomes the hotel's usual portal: the next notice opens on it. Not where a
  // portal cannot take this notice (going to VMP then is no choice) nor on a filed one (a look).
  const choose = (p: Portal) => {
    setPortal(p);
    const s = settings.data;
    const free =
      data?.closedPortals.length === 0 &&
      data.state !== 'filed_no_proof' &&
      data.state !== 'proven';
    // Paper is the exception, never the rule: choosing it does not make it the usual channel.
    if (s && free && p !== 'paper' && s.usualPortal !== p) {
      saveSettings.mutate({ ...s, usualPortal: p });
    }
  };

  // The keyboard's way through the panel: once copy-next has run out the cursor waits for the
  // portal's reference, and Ctrl+Enter anywhere in the panel marks the notice filed.
  const toReference = () =>
    sectionRef.current?.querySelector<HTMLInputElement>('[data-filing-reference]')?.focus();
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.nativeEvent.isComposing) return;
    // A dialog opened from the panel (a correction) has its own keys.
    if ((e.target as HTMLElement).closest('[role="dialog"]')) return;
    const form = sectionRef.current?.querySelector<HTMLFormElement>('form[data-mark-filed]');
    if (!form) return;
    e.preventDefault();
    form.requestSubmit();
  };

  return (
    <section
      ref={sectionRef}
      className={classes.panel}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
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
                      {/* A portal that cannot take the notice is never offered as the usual one. */}
                      {data.closedPortals.includes(p) ? (
                        <Text span size="xs" c="red.9">
                          {' '}
                          · {t('panel.closed')}
                        </Text>
                      ) : (
                        p === data.usualPortal && (
                          <Text span size="xs" c="dark.4">
                            {' '}
                            · {t('panel.usual')}
                          </Text>
                        )
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
                        onPortal={setPortal}
                        onAllCopied={toReference}
                      />
                    )}
                  </Tabs.Panel>
                ))}
              </Tabs>
              <PortalAttempts data={data} staff={staff} />
              <FilingHistory data={data} staff={staff} onFiled={() => onFiled?.(data.notice.id)} />
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
            data.stayStatus === 'checked_out'
              ? t('board.departed', { context: sexContext(data.sex) })
              : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Badge variant="outline" color="dark.6" tt="none" radius="sm" size="sm">
          {td(STATE_KEY[data.state])}
        </Badge>
      </Group>
      {data.place && <PlaceLine place={data.place} />}
    </div>
  );
}

/**
 * The stay's place when the host has several (domain.md §10, "Per place"): e-Qonaq asks which
 * of the host's saved places the guest stays at; the address field below holds its address.
 */
function PlaceLine({ place }: { place: NonNullable<FilingView['place']> }) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const td = tc as unknown as DynamicT;
  return (
    <Text size="sm" mt={4} data-testid="filing-place">
      <strong>{t('filing', { name: place.name })}</strong>
      {' · '}
      {place.address}
      {place.region ? ` · ${t('filingRegion', { region: td(`region.${place.region}`) })}` : ''}
    </Text>
  );
}
