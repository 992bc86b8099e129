import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef, Language, ShiftReportView } from '../../../shared/contract';
import { call, onEvent } from '../../api/client';
import { downloadFile, openFile } from '../../api/files';
import { kzMoment } from '../../components/deadline';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useActorName } from '../../i18n/actor-name';
import { useApiQuery } from '../../api/hooks';
import { useKeysText } from '../keys/use-keys-text';

type Report = ShiftReportView & { file: FileRef };

/** The end-of-shift report: produced as a PDF (a job, with its progress), then signed off. */
export function ShiftReportButton() {
  const { t } = useTranslation('notifications-ui');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('report.open')}
      </Button>
      {opened && <ShiftReportDialog onClose={() => setOpened(false)} />}
    </>
  );
}

function ShiftReportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['notifications-ui', 'common']);
  const actor = useActorName();
  const lang = i18n.language as Language;
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<unknown>(null);

  useEffect(() => {
    if (!running) return;
    return onEvent((m) => {
      if (m.event === 'job.progress' && m.payload.method === 'notifications.shiftReport')
        setProgress({ done: m.payload.done, total: m.payload.total });
    });
  }, [running]);

  const produce = async () => {
    setRunning(true);
    setProgress(null);
    setError(null);
    try {
      setReport(await call('notifications.shiftReport', { language: lang }));
    } catch (err) {
      setError(err);
    } finally {
      setRunning(false);
    }
  };
  // Signing draws the signed PDF: from then on, Open and Save give that one.
  const signOff = async (reportId: number) => {
    setSigning(true);
    setSignError(null);
    try {
      setReport(await call('notifications.signShiftReport', { reportId }));
    } catch (err) {
      setSignError(err);
    } finally {
      setSigning(false);
    }
  };
  const fileAction = (fn: (ref: FileRef) => Promise<boolean>) => () => {
    if (report) fn(report.file).catch(setError);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('report.title')}
      size="lg"
      styles={{ title: { fontWeight: 600 } }}
      closeButtonProps={{ 'aria-label': t('common:action.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('report.hint')}</Text>
        <KeysLine />
        {!report && (
          <Group>
            <Button onClick={() => void produce()} loading={running}>
              {t('report.produce')}
            </Button>
          </Group>
        )}
        {running && (
          <div>
            <Text size="sm" role="status">
              {progress && progress.total > 0
                ? t('report.progress', { done: progress.done, total: progress.total })
                : t('report.working')}
            </Text>
            <Progress
              value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 100}
              animated={!progress || progress.total === 0}
              aria-hidden="true"
              mt={4}
            />
          </div>
        )}
        {!!error && <ErrorAlert error={error} />}
        {report && (
          <Alert color="teal" variant="light" title={t('report.ready')} role="status">
            <Text size="sm">
              {t('report.summary', {
                at: kzMoment(report.createdAt, lang),
                inHouse: report.inHouse,
                open: report.open,
              })}
            </Text>
            <Group gap="xs" mt="xs">
              <Button size="xs" onClick={fileAction(openFile)}>
                {t('report.openPdf')}
              </Button>
              <Button size="xs" variant="default" onClick={fileAction(downloadFile)}>
                {t('report.download')}
              </Button>
            </Group>
          </Alert>
        )}
        {report?.signedAt ? (
          <div role="status">
            <Text size="sm" fw={600}>
              {t('report.signed', {
                name: report.signedBy ? actor(report.signedBy.name) : '',
                at: kzMoment(report.signedAt, lang),
              })}
            </Text>
            <Text size="xs" c="dark.5">
              {t('report.signedPdf')}
            </Text>
          </div>
        ) : (
          report && (
            <Group gap="sm">
              <Button color="teal.8" loading={signing} onClick={() => void signOff(report.id)}>
                {t('report.sign')}
              </Button>
              <Text size="xs" c="dark.5">
                {t('report.signHint')}
              </Text>
            </Group>
          )
        )}
        {!!signError && <ErrorAlert error={signError} />}
      </Stack>
    </Modal>
  );
}

/** The report's line on the EDS keys, as the PDF prints it (issue 23). */
function KeysLine() {
  const { reportLine } = useKeysText();
  const status = useApiQuery('keys.status', {});
  if (!status.data) return null;
  const s = status.data.soonest;
  return (
    <Text size="sm" fw={500} c={s && s.daysLeft <= 7 ? 'red.9' : undefined}>
      {reportLine(s)}
    </Text>
  );
}
