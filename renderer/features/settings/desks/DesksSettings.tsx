import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Select,
  Switch,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskEntry, DesksStatus, Language, PairingCode } from '../../../../shared/contract';
import { kzNowParts } from '../../../../shared/rules';
import { kzMoment } from '../../../components/deadline';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldErrors } from '../../../components/use-field-errors';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { CentralShipping } from '../central/CentralShipping';
import { PairingQrCode } from './PairingQrCode';

const MONO = { fontFamily: 'Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace' };

/** Times in Kazakhstan's clock and the page's language, as the rest of the app shows them. */
function useWhen() {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (iso: string, withDate = true) => {
    if (withDate) return kzMoment(iso, lang, true);
    const p = kzNowParts(new Date(iso));
    return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  };
}

const urlOf = (address: string, port: number) =>
  `https://${address.includes(':') ? `[${address}]` : address}:${port}`;

/**
 * Settings › Desks (owner; issue 22): sharing this PC's guest list with the hotel's other desks
 * over the LAN, the one-time code that adds a desk, and the desks that have joined.
 */
export function DesksSettings() {
  const { t } = useTranslation('desks');
  const status = useApiQuery('desks.status', {});
  if (status.error)
    return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return null;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2} size="h4">
        {t('title')}
      </Title>
      <Text size="sm">{t('intro')}</Text>
      <Sharing status={status.data} />
      <AddDesk status={status.data} />
      <JoinedDesks desks={status.data.desks} />
      <CentralShipping />
    </Stack>
  );
}

function Fingerprint({ fingerprint }: { fingerprint: string | null }) {
  const { t } = useTranslation('desks');
  if (!fingerprint)
    return (
      <Alert color="yellow" title={t('certificate.label')}>
        {t('certificate.none')}
      </Alert>
    );
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} id="desks-fingerprint">
        {t('certificate.label')}
      </Text>
      <Code block aria-labelledby="desks-fingerprint" style={{ ...MONO, wordBreak: 'break-all' }}>
        {fingerprint}
      </Code>
      <Text size="xs" c="dimmed">
        {t('certificate.hint')}
      </Text>
    </Stack>
  );
}

function Sharing({ status }: { status: DesksStatus }) {
  const { t } = useTranslation('desks');
  const { t: tc } = useTranslation();
  const save = useApiMutation('desks.saveSharing');
  const certificate = useApiMutation('desks.makeCertificate');
  const [enabled, setEnabled] = useState(status.sharing.enabled);
  const [address, setAddress] = useState(status.sharing.address || (status.addresses[0] ?? ''));
  const [port, setPort] = useState<number>(status.sharing.port);
  const { fieldError, unplaced } = useFieldErrors(save.error);
  const { sharing } = status;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // At first share the certificate is made first (a key pair takes a moment), then kept.
    if (enabled && !status.fingerprint)
      certificate.mutate({}, { onSuccess: () => save.mutate({ enabled, address, port }) });
    else save.mutate({ enabled, address, port });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('sharing.title')}
        </Title>
        <Switch
          label={t('sharing.switch')}
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <Group align="flex-start" grow>
          <Select
            label={t('sharing.address')}
            description={
              status.addresses.length ? t('sharing.addressHint') : t('sharing.noAddress')
            }
            data={status.addresses}
            value={address || null}
            onChange={(v) => setAddress(v ?? '')}
            allowDeselect={false}
            error={fieldError('address')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <NumberInput
            label={t('sharing.port')}
            value={port}
            onChange={(v) => setPort(typeof v === 'number' ? v : 0)}
            min={1024}
            max={65535}
            allowDecimal={false}
            thousandSeparator={false}
            clampBehavior="none"
            error={fieldError('port')}
          />
        </Group>
        <Fingerprint fingerprint={status.fingerprint} />
        {unplaced ? <ErrorAlert error={unplaced} /> : null}
        {certificate.error ? <ErrorAlert error={certificate.error} /> : null}
        <Group justify="space-between">
          <Text size="sm" role="status">
            {save.isSuccess
              ? t('sharing.saved')
              : sharing.enabled
                ? t('sharing.on', { url: urlOf(sharing.address, sharing.port) })
                : t('sharing.off')}
          </Text>
          <Button type="submit" loading={save.isPending || certificate.isPending}>
            {tc('action.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AddDesk({ status }: { status: DesksStatus }) {
  const { t } = useTranslation('desks');
  const when = useWhen();
  const add = useApiMutation('desks.addDesk');
  const [name, setName] = useState('');
  const [made, setMade] = useState<PairingCode | null>(null);
  const { fieldError, unplaced } = useFieldErrors(add.error);
  const { sharing } = status;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { name },
      {
        onSuccess: (code) => {
          setMade(code);
          setName('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('add.title')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('add.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            maxLength={60}
            w={320}
          />
          <Button type="submit" loading={add.isPending}>
            {t('add.make')}
          </Button>
        </Group>
        {unplaced ? <ErrorAlert error={unplaced} /> : null}
        {made && (
          <Stack gap={4} role="status" aria-label={t('add.code')}>
            <Text size="sm" fw={600}>
              {made.name}
            </Text>
            <Group gap="xl" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  {t('add.code')}
                </Text>
                <Text size="xl" fw={700} style={{ ...MONO, letterSpacing: '0.15em' }}>
                  {`${made.code.slice(0, 4)} ${made.code.slice(4)}`}
                </Text>
                <Text size="xs">{t('add.until', { time: when(made.expiresAt, false) })}</Text>
              </Stack>
              {sharing.address && (
                <Stack gap={2}>
                  <Text size="sm" c="dimmed">
                    {t('add.address')}
                  </Text>
                  <Text style={MONO}>{urlOf(sharing.address, sharing.port)}</Text>
                </Stack>
              )}
            </Group>
            <Fingerprint fingerprint={status.fingerprint} />
            {sharing.address && status.fingerprint && (
              <PairingQrCode
                url={urlOf(sharing.address, sharing.port)}
                code={made.code}
                fingerprint={status.fingerprint}
              />
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function JoinedDesks({ desks }: { desks: DeskEntry[] }) {
  const { t } = useTranslation('desks');
  const when = useWhen();
  const [revoke, setRevoke] = useState<DeskEntry | null>(null);
  const [done, setDone] = useState('');
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('list.title')}
      </Title>
      {desks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('list.none')}
        </Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.name')}</Table.Th>
              <Table.Th>{t('list.address')}</Table.Th>
              <Table.Th>{t('list.lastSeen')}</Table.Th>
              <Table.Th>{t('list.signedIn')}</Table.Th>
              <Table.Th>{t('list.state')}</Table.Th>
              <Table.Th>{t('list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {desks.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td style={MONO}>{d.address}</Table.Td>
                <Table.Td>{d.lastSeenAt ? when(d.lastSeenAt) : '—'}</Table.Td>
                <Table.Td>{d.signedIn.length ? d.signedIn.join(', ') : t('list.nobody')}</Table.Td>
                <Table.Td>
                  {d.revokedAt ? (
                    <Badge color="gray">{t('list.revoked')}</Badge>
                  ) : (
                    <Badge color="teal">{t('list.active')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {!d.revokedAt && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      onClick={() => setRevoke(d)}
                      aria-label={t('list.revokeFor', { name: d.name })}
                    >
                      {t('list.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" role="status">
        {done}
      </Text>
      {revoke && (
        <Revoke
          desk={revoke}
          onClose={() => setRevoke(null)}
          onDone={() => {
            setDone(t('list.revokedDone', { name: revoke.name }));
            setRevoke(null);
          }}
        />
      )}
    </Stack>
  );
}

function Revoke({
  desk,
  onClose,
  onDone,
}: {
  desk: DeskEntry;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('desks');
  const revoke = useApiMutation('desks.revoke');
  return (
    <ConfirmDialog
      title={t('list.revokeFor', { name: desk.name })}
      confirm={t('list.revoke')}
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutate({ deskId: desk.id }, { onSuccess: onDone })}
      onClose={onClose}
    >
      {t('list.revokeConfirm', { name: desk.name })}
    </ConfirmDialog>
  );
}
