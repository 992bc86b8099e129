import { Button, FileInput, Group, List, Select, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTEMPT_PORTALS,
  SCREENSHOT_MAX_BYTES,
  type AttemptPortal,
  type FieldIssue,
  type FilingView,
  type Language,
  type PortalAttemptView,
  type StaffRef,
} from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { openFile, uploadFile } from '../../api/files';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { kzMoment } from '../../components/deadline';
import { useActorName } from '../../i18n/actor-name';
import { kzNowText } from '../check-in/date-text';
import { useIssues } from '../check-in/use-issues';
import { PORTAL_NAME } from './board-text';
import { FiledMomentFields, readFiledMoment } from './FiledMoment';

/**
 * "The portal did not accept it" (domain.md §10): each failed try at a portal, with what it said,
 * kept on the notice as the host's evidence, and the button that records one more.
 */
export function PortalAttempts({ data, staff }: { data: FilingView; staff: StaffRef[] }) {
  const { t, i18n } = useTranslation('notifications-ui');
  const lang = i18n.language as Language;
  const headingId = useId();
  const actor = useActorName();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const owed = data.state !== 'filed_no_proof' && data.state !== 'proven';
  if (!owed && data.attempts.length === 0) return null;

  const openShot = async (a: PortalAttemptView) => {
    setError(null);
    try {
      await openFile(await call('notifications.attemptScreenshot', { attemptId: a.id }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={3} size="h6" id={headingId}>
          {t('attempt.title')}
        </Title>
        {owed && (
          <Button size="compact-sm" variant="light" color="orange" onClick={() => setOpen(true)}>
            {t('attempt.record')}
          </Button>
        )}
      </Group>
      {data.attempts.length === 0 ? (
        <Text size="xs" c="dark.5">
          {t('attempt.none')}
        </Text>
      ) : (
        <List listStyleType="none" spacing={6} aria-label={t('attempt.title')}>
          {data.attempts.map((a) => (
            <List.Item key={a.id} data-attempt={a.id}>
              <Text size="sm" fw={500}>
                {t('attempt.line', {
                  portal: PORTAL_NAME[a.portal],
                  at: kzMoment(a.attemptedAt, lang),
                  name: a.triedBy ? actor(a.triedBy.name) : '—',
                })}
              </Text>
              {a.message && (
                <Text
                  size="sm"
                  c="dark.6"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {a.message}
                </Text>
              )}
              {a.screenshot && (
                <Button size="compact-xs" variant="subtle" onClick={() => void openShot(a)}>
                  {t('attempt.openScreenshot')}
                </Button>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {!!error && <ErrorAlert error={error} />}
      {open && (
        <AttemptDialog
          notificationId={data.notice.id}
          portal={data.portal === 'eqonaq' ? 'eqonaq' : 'vmp'}
          staff={staff}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}

function AttemptDialog(props: {
  notificationId: number;
  portal: AttemptPortal;
  staff: StaffRef[];
  onClose: () => void;
}) {
  const { t } = useTranslation('notifications-ui');
  const client = useQueryClient();
  const me = useApiQuery('staff.current', {});
  const [portal, setPortal] = useState<AttemptPortal>(props.portal);
  const [moment, setMoment] = useState(() => kzNowText());
  const [message, setMessage] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const issues = useIssues(local, error);
  const people = [
    ...(me.data ? [{ id: me.data.id, name: me.data.name }] : []),
    ...props.staff,
  ].filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i);
  const chosenStaff = staffId ?? (me.data ? String(me.data.id) : null);
  // A failure no field shows (a refused file, a lost connection) goes under the form.
  const fieldless =
    error instanceof ApiError && (error.error.issues?.length ?? 0) > 0 ? undefined : error;

  const submit = async () => {
    const when = readFiledMoment(moment);
    const mine: FieldIssue[] = [...when.issues];
    if (!message.trim() && !file) mine.push({ field: 'message', code: 'attempt.empty' });
    setLocal(mine);
    setError(null);
    if (!when.at || mine.length > 0) return;
    // Refused before it travels: the core would refuse it too (attempt-service.ts).
    if (file && file.size > SCREENSHOT_MAX_BYTES) {
      setError(
        new ApiError({
          code: 'file.too_large',
          params: { max: SCREENSHOT_MAX_BYTES / 1024 / 1024 },
        }),
      );
      return;
    }
    setPending(true);
    try {
      const ref = file ? await uploadFile(file) : null;
      await call('notifications.recordAttempt', {
        notificationId: props.notificationId,
        portal,
        attemptedAt: when.at,
        message,
        ...(ref ? { fileId: ref.fileId } : {}),
        ...(chosenStaff ? { triedBy: Number(chosenStaff) } : {}),
      });
      await client.invalidateQueries();
      props.onClose();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <FormDialog
      title={t('attempt.dialogTitle')}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      pending={pending}
      error={fieldless}
      submitLabel={t('attempt.save')}
    >
      <Group grow align="flex-start" gap="xs">
        <Select
          label={t('attempt.portal')}
          data={ATTEMPT_PORTALS.map((p) => ({ value: p, label: PORTAL_NAME[p] }))}
          value={portal}
          onChange={(v) => v && setPortal(v as AttemptPortal)}
          allowDeselect={false}
        />
        <Select
          label={t('attempt.staff')}
          data={people.map((s) => ({ value: String(s.id), label: s.name }))}
          value={chosenStaff}
          onChange={setStaffId}
          allowDeselect={false}
        />
      </Group>
      <FiledMomentFields
        moment={moment}
        onChange={setMoment}
        error={(f) => issues.error(f === 'filedAt' ? 'attemptedAt' : f) ?? issues.error(f)}
        gap="xs"
        dateLabel={t('attempt.when')}
      />
      <Textarea
        label={t('attempt.message')}
        description={t('attempt.messageHint')}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={issues.error('message')}
        autosize
        minRows={2}
        maxRows={8}
      />
      <FileInput
        label={t('attempt.screenshot')}
        description={t('attempt.screenshotHint')}
        accept="image/png,image/jpeg,image/webp"
        value={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
        }}
        clearable
        clearButtonProps={{ 'aria-label': t('attempt.screenshotClear') }}
        error={issues.error('fileId')}
      />
    </FormDialog>
  );
}
