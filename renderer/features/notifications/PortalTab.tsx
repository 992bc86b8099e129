import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  PORTALS,
  type FilingView,
  type Language,
  type Portal,
  type PortalFieldValue,
} from '../../../shared/contract';
import { useApiMutation } from '../../api/hooks';
import { openPortal } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DynamicT } from '../../components/use-error-text';
import { PORTAL_NAME, portalLabel, portalOwnLabel, STATE_KEY } from './board-text';
import { FilingChecklist } from './FilingChecklist';
import { PaperNoticeButton } from './PaperNoticeButton';
import { PortalValues, type PortalValue, type ValueSection } from './PortalValues';

const toValue = (f: PortalFieldValue, lang: Language, prefix = ''): PortalValue => ({
  key: `${prefix}${f.key}`,
  label: portalLabel(f, lang),
  portalLabel: portalOwnLabel(f, lang),
  value: f.value,
  optional: !f.required,
  missing: f.missing,
});

/** One portal's way of filing the notice: ready or not, its steps, its values in its order. */
export function PortalTab({
  data,
  onOpenNotice,
  onPortal,
  onAllCopied,
}: {
  data: FilingView;
  onOpenNotice: (notificationId: number) => void;
  /** Opens another portal's tab (from a portal that cannot take the notice). */
  onPortal: (portal: Portal) => void;
  onAllCopied?: () => void;
}) {
  if (data.closedPortals.includes(data.portal))
    return <ClosedPortal data={data} onPortal={onPortal} />;
  return <OpenPortalTab data={data} onOpenNotice={onOpenNotice} onAllCopied={onAllCopied} />;
}

/**
 * A portal that cannot take the notice says so and nothing else: no checklist, no values to
 * copy, no "ready" (issue 20: e-Qonaq on an overdue notice).
 */
function ClosedPortal({ data, onPortal }: { data: FilingView; onPortal: (p: Portal) => void }) {
  const { t } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  const other = PORTALS.find((p) => !data.closedPortals.includes(p));
  return (
    <Alert
      color="red"
      variant="light"
      role="status"
      title={`✗ ${t('ready.closed', { portal: PORTAL_NAME[data.portal] })}`}
    >
      <Text size="sm">
        {data.portalNotes.map((n) => td(`notifications:portal_note.${n}`)).join(' ')}
      </Text>
      {other && (
        <Button size="xs" mt="xs" onClick={() => onPortal(other)}>
          {t('ready.closedOpen', { portal: PORTAL_NAME[other] })}
        </Button>
      )}
    </Alert>
  );
}

function OpenPortalTab({
  data,
  onOpenNotice,
  onAllCopied,
}: {
  data: FilingView;
  onOpenNotice: (notificationId: number) => void;
  onAllCopied?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation('notifications-ui');
  const td = t as unknown as DynamicT;
  const lang = i18n.language as Language;
  const portalName = PORTAL_NAME[data.portal];
  // Paper is no portal: its sentences have words of their own (`…_paper`).
  const paperWords = useMemo(
    () => (data.portal === 'paper' ? { context: 'paper' } : {}),
    [data.portal],
  );
  const navigate = useNavigate();
  const progress = useApiMutation('notifications.saveProgress');
  const [done, setDone] = useState<Set<string>>(() => new Set(data.done));
  const [openError, setOpenError] = useState(false);

  const toggle = (step: string, checked: boolean) => {
    const next = new Set(done);
    if (checked) next.add(step);
    else next.delete(step);
    setDone(next);
    progress.mutate({
      notificationId: data.notice.id,
      portal: data.portal,
      done: data.steps.filter((s) => next.has(s)),
    });
  };

  const missing = data.fields.filter((f) => f.missing).map((f) => portalLabel(f, lang));
  // A portal that will refuse the notice (e-Qonaq and an old check-in) is not ready either, and
  // a filed notice is past being ready: it says it is filed.
  const filed = data.state === 'filed_no_proof' || data.state === 'proven';
  const ready = data.ready && data.portalNotes.length === 0;
  const why = [
    ...data.portalNotes.map((n) => td(`notifications:portal_note.${n}`)),
    ...(missing.length ? [t('ready.missing', { fields: missing.join(', ') })] : []),
  ].join(' ');
  const guestName = [
    data.fields.find((f) => f.key === 'surname')?.value,
    data.fields.find((f) => f.key === 'givenNames')?.value,
  ]
    .filter(Boolean)
    .join(' ');

  const sections = useMemo<ValueSection[]>(() => {
    const out: ValueSection[] = [
      {
        key: 'guest',
        caption: t('values.caption', {
          portal: PORTAL_NAME[data.portal],
          name: guestName,
          ...paperWords,
        }),
        values: data.fields.map((f) => toValue(f, lang)),
      },
    ];
    for (const child of data.children) {
      const childName = [
        child.fields.find((f) => f.key === 'surname')?.value,
        child.fields.find((f) => f.key === 'givenNames')?.value,
      ]
        .filter(Boolean)
        .join(' ');
      out.push({
        key: `child-${child.stayId}`,
        caption: t('values.childCaption', { name: childName }),
        heading: t('values.childHeading', { name: childName }),
        values: child.fields.map((f) => toValue(f, lang, `c${child.stayId}-`)),
      });
    }
    return out;
  }, [data, lang, guestName, t, paperWords]);

  const others = data.family.filter((m) => m.guestId !== data.guestId);

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="nowrap" align="stretch">
        <Alert
          color={ready || filed ? 'teal' : 'red'}
          variant="light"
          p="xs"
          style={{ flex: 1 }}
          role="status"
        >
          <Text size="sm" fw={600} span>
            {filed
              ? `✓ ${t('ready.filed')}`
              : ready
                ? `✓ ${t('ready.yes', { portal: portalName, ...paperWords })}`
                : `✗ ${t('ready.no', { portal: portalName, ...paperWords })}`}
          </Text>{' '}
          <Text size="sm" span>
            {filed ? t('ready.filedHint') : ready ? t('ready.yesHint') : why}
          </Text>
          {missing.length > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              ml={4}
              onClick={() => void navigate(`/in-house?stay=${data.stayId}`)}
            >
              {t('ready.openStay')}
            </Button>
          )}
        </Alert>
        {data.portal === 'paper' ? (
          <PaperNoticeButton notificationId={data.notice.id} />
        ) : (
          <Button
            variant="default"
            h="auto"
            title={t('panel.openPortalHint')}
            onClick={() => {
              setOpenError(false);
              const portal = data.portal;
              if (portal !== 'paper') openPortal(portal).catch(() => setOpenError(true));
            }}
          >
            {t('panel.openPortal', { portal: portalName })}
          </Button>
        )}
      </Group>
      {openError && <ErrorAlert error={new Error('open')} />}

      <FilingChecklist
        title={t('checklist.title', { portal: portalName, ...paperWords })}
        steps={data.steps.map((id) => ({
          id,
          label: td(`notifications:step.${data.portal}.${id}`),
        }))}
        done={done}
        onToggle={toggle}
      />
      {progress.error && <ErrorAlert error={progress.error} />}

      <section aria-labelledby="values-heading">
        <Title order={3} size="h6" id="values-heading" mb={4}>
          {t('values.title', { portal: portalName, ...paperWords })}
        </Title>
        <PortalValues sections={sections} onAllCopied={onAllCopied} />
        {data.portal === 'vmp' && data.children.length === 0 && (
          <Text size="xs" c="dark.5" mt={4}>
            {t('values.noChildren')}
          </Text>
        )}
      </section>

      {others.length > 0 && (
        <section aria-labelledby="family-heading">
          <Title order={3} size="h6" id="family-heading" mb={4}>
            {t('family.title')}
          </Title>
          <List listStyleType="none" spacing={4}>
            {others.map((m) => (
              <List.Item key={m.stayId}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {[m.surname, m.givenNames].filter(Boolean).join(' ')}
                  </Text>
                  <Text size="xs" c="dark.5">
                    {m.onThisDocument
                      ? t('family.onThisDocument')
                      : m.state
                        ? td(STATE_KEY[m.state])
                        : t('family.noNotice')}
                  </Text>
                  {m.notificationId !== null && !m.onThisDocument && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onOpenNotice(m.notificationId!)}
                    >
                      {t('family.open', {
                        name: [m.surname, m.givenNames].filter(Boolean).join(' '),
                      })}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
