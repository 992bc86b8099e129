import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FilingRecordView,
  FilingView,
  Language,
  PortalFieldValue,
  StaffRef,
} from '../../../shared/contract';
import { kzMoment } from '../../components/deadline';
import { PORTAL_NAME } from './board-text';
import { CorrectionDialog, type CorrectionKind } from './FilingCorrections';
import { filingPortal } from './filing-portal';
import { MarkFiledForm } from './MarkFiledForm';
import { ProofAttach, ProofLine } from './ProofAttach';
import { useActorName } from '../../i18n/actor-name';

/** Marking the notice filed, its filings so far, the proof PDF, corrections. */
export function FilingHistory({
  data,
  staff,
  onFiled,
}: {
  data: FilingView;
  staff: StaffRef[];
  /** Marked as filed here. */
  onFiled?: () => void;
}) {
  const { t } = useTranslation('notifications-ui');
  const [dialog, setDialog] = useState<CorrectionKind | null>(null);
  const current = data.filings.find((f) => f.voidedAt === null) ?? null;
  const earlier = data.filings.filter((f) => f !== current);
  const canFile = data.state === 'owed' || data.state === 'in_progress' || data.state === 'no_pdf';

  return (
    <section aria-labelledby="filing-heading">
      <Title order={3} size="h6" id="filing-heading" mb={6}>
        {t('filed.title')}
      </Title>
      <Stack gap="sm">
        {current && <FilingLine filing={current} />}
        {current && data.state === 'filed_no_proof' && (
          <ProofAttach notificationId={data.notice.id} paper={current.portal === 'paper'} />
        )}
        {current?.proof && <ProofLine proof={current.proof} paper={current.portal === 'paper'} />}
        {current && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setDialog('correct')}>
              {t('correct.correct.open')}
            </Button>
            <Button size="xs" variant="default" color="red.8" onClick={() => setDialog('undo')}>
              {t('correct.undo.open')}
            </Button>
            {current.proof && (
              <Button
                size="xs"
                variant="subtle"
                color="red.8"
                onClick={() => setDialog('removeProof')}
              >
                {t(
                  current.portal === 'paper'
                    ? 'correct.removeScan.open'
                    : 'correct.removeProof.open',
                )}
              </Button>
            )}
          </Group>
        )}
        {canFile && (
          <Paper withBorder p="sm">
            <MarkFiledForm
              key={data.portal}
              notificationId={data.notice.id}
              portal={filingPortal(data)}
              staff={staff}
              childNames={data.children.map((c) => childName(c.fields))}
              onDone={onFiled}
            />
          </Paper>
        )}
        {earlier.length > 0 && (
          <details>
            <summary>
              <Text span size="sm">
                {t('filed.earlier', { count: earlier.length })}
              </Text>
            </summary>
            <Stack gap={4} mt={4}>
              {earlier.map((f) => (
                <FilingLine key={f.id} filing={f} />
              ))}
            </Stack>
          </details>
        )}
      </Stack>
      {dialog && current && (
        <CorrectionDialog
          kind={dialog}
          notificationId={data.notice.id}
          filing={current}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

const childName = (fields: PortalFieldValue[]) =>
  ['surname', 'givenNames']
    .map((k) => fields.find((f) => f.key === k)?.value)
    .filter(Boolean)
    .join(' ');

function FilingLine({ filing }: { filing: FilingRecordView }) {
  const { t, i18n } = useTranslation('notifications-ui');
  const lang = i18n.language as Language;
  const actor = useActorName();
  const parts = [
    t(filing.outcome === 'no_pdf' ? 'filed.lineNoPdf' : 'filed.line', {
      ...(filing.portal === 'paper' ? { context: 'paper' } : {}),
      portal: PORTAL_NAME[filing.portal],
      at: kzMoment(filing.filedAt, lang),
    }),
    filing.filedBy ? t('filed.by', { name: actor(filing.filedBy.name) }) : null,
    filing.reference ? t('filed.ref', { reference: filing.reference }) : null,
    filing.lateWorkingDays && filing.lateWorkingDays > 0
      ? t('filed.late', { count: filing.lateWorkingDays })
      : filing.lateWorkingDays === 0
        ? t('filed.onTime')
        : null,
  ].filter(Boolean);
  return (
    <div data-filed-line>
      <Text size="sm" td={filing.voidedAt ? 'line-through' : undefined}>
        {parts.join(' · ')}
      </Text>
      {filing.voidedAt && (
        <Text size="xs" c="dark.5">
          {t('filed.voided', {
            at: kzMoment(filing.voidedAt, lang),
            reason: filing.voidReason ?? '',
          })}
        </Text>
      )}
    </div>
  );
}
