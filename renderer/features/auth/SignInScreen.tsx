import { Alert, Button, Center, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInName } from '../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { loadShell, prefetchSignedIn } from '../../app/first-screen';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useErrorText } from '../../components/use-error-text';
import { deviceKeyFor } from './device-keys';
import { SecretInput } from './SecretInput';
import { signedIn } from './session-store';

/**
 * Sign-in by name and PIN, keyboard first: the names are radio buttons (arrow keys move between
 * them), the PIN field follows, Enter signs in. Locked, it shows only the person who was working,
 * with "Switch staff" to open the full list. With a name already chosen (locked, or the only one
 * listed) the PIN field has the focus; after a wrong PIN it has it again.
 */
export function SignInScreen({
  locked,
  restored,
}: {
  locked?: SignInName | undefined;
  /** A backup was just restored here (the kept file's name): everyone signs in again. */
  restored?: string | undefined;
}) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const { t: tt } = useTranslation('trust');
  const client = useQueryClient();
  const names = useApiQuery('auth.staffList', {});
  const [only, setOnly] = useState<SignInName | null>(locked ?? null);
  const [picked, setPicked] = useState<string>(locked ? String(locked.id) : '');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pin = useRef<HTMLInputElement>(null);
  const list = only ? [only] : (names.data ?? []);
  const choice = picked || (list.length === 1 ? String(list[0]!.id) : '');
  // The names first: a PIN typed before the list is there would have nobody to go to.
  const drawn = Boolean(only) || !names.isPending;
  // Drawn, the screen waits for a PIN: the shell's code is fetched meanwhile, not after Enter,
  // and not before the screen is drawn, which it would delay.
  useEffect(() => {
    if (!drawn) return;
    const id = requestIdleCallback(() => void loadShell(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [drawn]);
  if (!drawn) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice || !secret) return;
    setBusy(true);
    setError(null);
    try {
      const staffId = Number(choice);
      const device = deviceKeyFor(staffId);
      signedIn(await call('auth.signIn', { staffId, secret, ...(device ? { device } : {}) }));
      // No router here: it comes with the shell.
      prefetchSignedIn(client, window.location.pathname);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ code: 'internal' }));
      setSecret('');
      pin.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper
        withBorder
        p="lg"
        w={440}
        component="form"
        onSubmit={(e: FormEvent) => void submit(e)}
        aria-labelledby="sign-in-title"
        data-sign-in
      >
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text fw={700} c="teal.9">
                {t('app.name')}
              </Text>
              <Title order={1} size="h3" id="sign-in-title">
                {only ? ta('lock.title') : ta('signIn.title')}
              </Title>
            </Stack>
            <LanguageSwitch />
          </Group>
          {restored !== undefined && (
            <Alert color="teal" variant="light" role="status">
              {tt('backup.restored', { name: restored })}
            </Alert>
          )}
          {only && <Text size="sm">{ta('lock.lockedFor', { name: only.name })}</Text>}
          {!only && names.data?.length === 0 && <Text size="sm">{ta('signIn.noStaff')}</Text>}
          {list.length > 0 && (
            <Radio.Group
              label={ta('signIn.who')}
              value={choice}
              onChange={(v) => {
                setPicked(v);
                setError(null);
              }}
            >
              <Stack gap={6} mt={6}>
                {list.map((s) => (
                  <Radio key={s.id} value={String(s.id)} label={s.name} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <SecretInput
            ref={pin}
            label={ta('signIn.secret')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="current-password"
            autoFocus={Boolean(choice)}
            maxLength={200}
          />
          {error !== null && <SignInError error={error} />}
          <Group justify="space-between">
            {only ? (
              <Button
                variant="default"
                onClick={() => {
                  setOnly(null);
                  setPicked('');
                  setSecret('');
                  setError(null);
                }}
              >
                {ta('lock.switch')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={busy} disabled={!choice || !secret}>
              {only ? ta('lock.unlock') : ta('signIn.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}

/** A wrong PIN is named as one, with the tries left before the lock; a lock says for how long. */
function SignInError({ error }: { error: unknown }) {
  const { t: ta } = useTranslation('auth');
  const { errorText } = useErrorText();
  const code = error instanceof ApiError ? error.error.code : null;
  if (code !== 'auth.wrong_secret' && code !== 'auth.locked') return <ErrorAlert error={error} />;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={code === 'auth.locked' ? ta('signIn.lockedTitle') : ta('signIn.wrongTitle')}
    >
      {errorText(error)}
    </Alert>
  );
}
