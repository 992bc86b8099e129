import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { useFieldErrors } from '../../components/use-field-errors';
import { NewSecretFields } from './NewSecretFields';
import { SecretInput } from './SecretInput';

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
  const change = useApiMutation('auth.changeSecret');
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { fieldError, unplaced } = useFieldErrors(
    change.error,
    mismatch ? [{ field: 'repeat', code: 'secret.mismatch' }] : [],
  );
  const submit = () => {
    change.reset();
    if (secret !== repeat) return setMismatch(true);
    setMismatch(false);
    change.mutate({ current, secret }, { onSuccess: onChanged });
  };
  return (
    <FormDialog
      title={t('secret.title')}
      onClose={onClose}
      onSubmit={submit}
      pending={change.isPending}
      error={unplaced}
    >
      <SecretInput
        label={t('secret.current')}
        value={current}
        onChange={(e) => setCurrent(e.currentTarget.value)}
        error={fieldError('current')}
        autoComplete="current-password"
        data-autofocus
        maxLength={200}
      />
      <NewSecretFields
        label={t('secret.new')}
        secret={secret}
        repeat={repeat}
        onSecret={setSecret}
        onRepeat={setRepeat}
        secretError={fieldError('secret')}
        repeatError={fieldError('repeat')}
      />
    </FormDialog>
  );
}
