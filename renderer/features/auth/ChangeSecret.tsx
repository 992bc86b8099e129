import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useErrorText } from '../../components/use-error-text';

/**
 * The top bar's "Change PIN": anyone signed in changes their own PIN or password, giving the
 * current one first (a PIN left on a sticky note is the first thing to change). The owner resets
 * a forgotten one in Settings › Staff.
 */
export function ChangeSecret() {
  const { t } = useTranslation('auth');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => {
          setDone(false);
          setOpen(true);
        }}
      >
        {t('shell.changeSecret')}
      </Button>
      {/* Only once there is something to say: every screen has this bar, and its own status. */}
      {done && (
        <Text size="sm" role="status" style={{ whiteSpace: 'nowrap' }}>
          {t('secret.changed')}
        </Text>
      )}
      {open && (
        <ChangeSecretForm
          onClose={() => setOpen(false)}
          onChanged={() => {
            setOpen(false);
            setDone(true);
          }}
        />
      )}
    </Group>
  );
}

function ChangeSecretForm({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const { issueText } = useErrorText();
  const change = useApiMutation('auth.changeSecret');
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const issues = [
    ...(change.error instanceof ApiError ? (change.error.error.issues ?? []) : []),
    ...(mismatch ? [{ field: 'repeat', code: 'secret.mismatch' }] : []),
  ];
  const fieldError = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? issueText(issue) : undefined;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.reset();
    if (secret !== repeat) return setMismatch(true);
    setMismatch(false);
    change.mutate({ current, secret }, { onSuccess: onChanged });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('secret.title')}
      closeButtonProps={{ 'aria-label': tc('action.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('secret.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError('current')}
            autoComplete="current-password"
            data-autofocus
            maxLength={200}
          />
          <PasswordInput
            label={t('secret.new')}
            description={t('setup.secretHint')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={fieldError('secret')}
            autoComplete="new-password"
            maxLength={200}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <PasswordInput
            label={t('setup.secretRepeat')}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={fieldError('repeat')}
            autoComplete="new-password"
            maxLength={200}
          />
          {change.error && !issues.length && <ErrorAlert error={change.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {tc('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
