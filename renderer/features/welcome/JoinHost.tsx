import { Button, Code, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/contract';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * A first-start call of web mode's own (electron/web/lan/join-routes.ts), behind the secret; in
 * the desktop app the same step over IPC (`join.probe`, `join.pair`, electron/main/ipc.ts).
 */
async function joinCall<T>(path: string, body: unknown): Promise<T> {
  let result: Result<T>;
  try {
    if (window.tirkeu) {
      const method = path === '/api/join/pair' ? 'join.pair' : 'join.probe';
      result = (await window.tirkeu.invoke(method, body, null)) as Result<T>;
      if (!result.ok) throw new ApiError(result.error as AppError);
      return result.value;
    }
    const res = await fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tirkeu-secret': sessionStorage.getItem('tirkeu.secret') ?? '',
      },
      body: JSON.stringify(body),
    });
    result = (await res.json()) as Result<T>;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError({ code: 'api.unreachable' });
  }
  if (!result.ok) throw new ApiError(result.error as AppError);
  return result.value;
}

/** Once this process has become the desk (same address, same secret): its first screen. */
async function openAsDesk(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 300));
    try {
      const info = await joinCall<{ desk?: unknown }>('/api/call', {
        method: 'app.info',
        input: {},
      }).catch(() => null);
      if (info?.desk) break;
    } catch {
      // Still changing over.
    }
  }
  window.location.replace('/');
}

/**
 * The first start in a browser (issue 22): start a new hotel on this PC, or join the hotel's
 * host desk. The desktop app offers the same; once joined it starts again as the desk.
 */
export function StartChoice({ newHotel }: { newHotel: ReactNode }) {
  const { t } = useTranslation('desks');
  const setup = useApiQuery('setup.get', {});
  const [mode, setMode] = useState<'new' | 'join'>('new');
  if (!setup.data?.needed) return newHotel;
  return (
    <Stack gap="md" maw={760} w="100%">
      <Radio.Group
        label={t('join.choice')}
        value={mode}
        onChange={(v) => setMode(v === 'join' ? 'join' : 'new')}
      >
        <Group mt="xs">
          <Radio value="new" label={t('join.new')} />
          <Radio value="join" label={t('join.join')} />
        </Group>
      </Radio.Group>
      {mode === 'new' ? newHotel : <JoinHost />}
    </Stack>
  );
}

function JoinHost() {
  const { t } = useTranslation('desks');
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const bareCode = code.replace(/\s/g, '');
  const hostUrl = url.trim().replace(/\/+$/, '');

  const probe = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    joinCall<{ fingerprint: string }>('/api/join/probe', { url: hostUrl })
      .then((v) => setFingerprint(v.fingerprint), setError)
      .finally(() => setBusy(false));
  };
  const join = () => {
    if (!fingerprint) return;
    setBusy(true);
    setError(null);
    joinCall<{ desk: string }>('/api/join/pair', { url: hostUrl, fingerprint, code: bareCode })
      .then((v) => {
        setJoined(v.desk);
        // The desktop app starts again as the desk by itself (electron/main/index.ts).
        if (!window.tirkeu) void openAsDesk();
      }, setError)
      .finally(() => setBusy(false));
  };

  return (
    <Paper withBorder p="lg" component="form" onSubmit={probe} noValidate>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h3">
            {t('join.title')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text size="sm">{t('join.intro')}</Text>
        <TextInput
          label={t('join.address')}
          description={t('join.addressHint')}
          placeholder="https://192.168.1.20:47610"
          value={url}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            setFingerprint(null);
          }}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          label={t('join.code')}
          value={code}
          inputMode="numeric"
          maxLength={9}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete="off"
        />
        {error ? <ErrorAlert error={error} /> : null}
        {!fingerprint && (
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('join.fetch')}
            </Button>
          </Group>
        )}
        {fingerprint && !joined && (
          <Stack gap="xs">
            <Text size="sm" fw={600} id="join-fingerprint">
              {t('certificate.label')}
            </Text>
            <Code
              block
              aria-labelledby="join-fingerprint"
              style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
            >
              {fingerprint}
            </Code>
            <Text size="sm">{t('join.compare')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setFingerprint(null)}>
                {t('join.back')}
              </Button>
              <Button onClick={join} loading={busy}>
                {t('join.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
        {joined && (
          <Text size="sm" role="status" fw={600}>
            {t('join.done', { name: joined })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
