import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffListEntry, type StaffRole } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useFieldErrors } from '../../../components/use-field-errors';
import { checkSession } from '../../auth/session-store';
import { useSession } from '../../auth/use-session';
import { SecretInput } from '../../auth/SecretInput';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** Settings › Staff (owner): who can sign in, with which role; names, PIN resets; auto-lock. */
export function StaffSettings() {
  const { t } = useTranslation('auth');
  const me = useSession().staff;
  const list = useApiQuery('staff.list', {});
  const [edit, setEdit] = useState<StaffListEntry | null>(null);
  const [saved, setSaved] = useState('');
  const [reset, setReset] = useState<StaffListEntry | null>(null);
  const [deactivate, setDeactivate] = useState<StaffListEntry | null>(null);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md" maw={860}>
      <Title order={2} size="h4">
        {t('staff.title')}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.name')}</Table.Th>
            <Table.Th>{t('staff.role')}</Table.Th>
            <Table.Th>{t('staff.state')}</Table.Th>
            <Table.Th>{t('staff.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>{t(`role.${s.role}`)}</Table.Td>
              <Table.Td>
                <StaffState entry={s} />
              </Table.Td>
              <Table.Td>
                {s.active && (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEdit(s)}
                      aria-label={t('staff.editButton', { name: s.name })}
                    >
                      {t('staff.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setReset(s)}
                      aria-label={t('staff.resetFor', { name: s.name })}
                    >
                      {t('staff.resetSecret')}
                    </Button>
                    {/* Not on oneself: it would sign the owner out mid-task (the last owner is refused). */}
                    {s.id !== me.id && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        color="red"
                        onClick={() => setDeactivate(s)}
                        aria-label={`${t('staff.deactivate')}: ${s.name}`}
                      >
                        {t('staff.deactivate')}
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" role="status">
        {saved}
      </Text>
      <AddStaff />
      <AutoLock />
      {edit && (
        <EditStaff
          entry={edit}
          onClose={() => setEdit(null)}
          onSaved={(name) => {
            setEdit(null);
            setSaved(t('staff.saved', { name }));
          }}
        />
      )}
      {reset && <ResetSecret entry={reset} onClose={() => setReset(null)} />}
      {deactivate && <Deactivate entry={deactivate} onClose={() => setDeactivate(null)} />}
    </Stack>
  );
}

function StaffState({ entry }: { entry: StaffListEntry }) {
  const { t, i18n } = useTranslation('auth');
  if (!entry.active) return <Badge color="gray">{t('staff.inactive')}</Badge>;
  if (entry.lockedUntil) {
    const time = new Date(entry.lockedUntil).toLocaleTimeString(i18n.language, {
      timeZone: 'Asia/Almaty',
      hour: '2-digit',
      minute: '2-digit',
    });
    return <Badge color="orange">{t('staff.lockedUntil', { time })}</Badge>;
  }
  if (!entry.hasSecret) return <Badge color="gray">{t('staff.noSecret')}</Badge>;
  return <Badge color="teal">{t('staff.active')}</Badge>;
}

function AddStaff() {
  const { t } = useTranslation('auth');
  const create = useApiMutation('staff.create');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('receptionist');
  const [secret, setSecret] = useState('');
  const [done, setDone] = useState('');
  const { fieldError, unplaced } = useFieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, role, secret },
      {
        onSuccess: (s) => {
          setDone(t('staff.created', { name: s.name }));
          setName('');
          setSecret('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('staff.add')}
        </Title>
        <Group align="flex-start" grow>
          <TextInput
            label={t('staff.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
            maxLength={100}
          />
          <RoleSelect value={role} onChange={setRole} />
          <SecretInput
            label={t('staff.initialSecret')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={fieldError('secret')}
            autoComplete="new-password"
            maxLength={200}
          />
        </Group>
        {unplaced ? <ErrorAlert error={unplaced} /> : null}
        <Group justify="space-between">
          <Text size="sm" role="status">
            {done}
          </Text>
          <Button type="submit" loading={create.isPending}>
            {t('staff.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * A staff member's name (a misspelling, a new surname) and role. The server keeps one active
 * owner; someone renaming themselves sees their new name in the top bar at once.
 */
function EditStaff({
  entry,
  onClose,
  onSaved,
}: {
  entry: StaffListEntry;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation('auth');
  const { staff: me } = useSession();
  const update = useApiMutation('staff.update');
  const [name, setName] = useState(entry.name);
  const [role, setRole] = useState<StaffRole>(entry.role);
  const { fieldError, unplaced } = useFieldErrors(update.error);
  const submit = () =>
    update.mutate(
      { staffId: entry.id, name, role },
      {
        onSuccess: (s) => {
          if (s.id === me.id) void checkSession();
          onSaved(s.name);
        },
      },
    );
  return (
    <FormDialog
      title={t('staff.editFor', { name: entry.name })}
      onClose={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={unplaced}
    >
      <TextInput
        label={t('staff.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError('name')}
        maxLength={100}
        data-autofocus
      />
      <RoleSelect value={role} onChange={setRole} />
    </FormDialog>
  );
}

function RoleSelect({ value, onChange }: { value: StaffRole; onChange: (r: StaffRole) => void }) {
  const { t } = useTranslation('auth');
  return (
    <Select
      label={t('staff.role')}
      data={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      value={value}
      onChange={(v) => v && onChange(v as StaffRole)}
      allowDeselect={false}
    />
  );
}

function ResetSecret({ entry, onClose }: { entry: StaffListEntry; onClose: () => void }) {
  const { t } = useTranslation('auth');
  const reset = useApiMutation('staff.resetSecret');
  const [secret, setSecret] = useState('');
  const { fieldError, unplaced } = useFieldErrors(reset.error);
  return (
    <FormDialog
      title={t('staff.resetFor', { name: entry.name })}
      onClose={onClose}
      onSubmit={() => reset.mutate({ staffId: entry.id, secret }, { onSuccess: onClose })}
      pending={reset.isPending}
      error={unplaced}
    >
      <SecretInput
        label={t('signIn.secret')}
        value={secret}
        onChange={(e) => setSecret(e.currentTarget.value)}
        error={fieldError('secret')}
        autoComplete="new-password"
        data-autofocus
        maxLength={200}
      />
    </FormDialog>
  );
}

function Deactivate({ entry, onClose }: { entry: StaffListEntry; onClose: () => void }) {
  const { t } = useTranslation('auth');
  const deactivate = useApiMutation('staff.deactivate');
  return (
    <ConfirmDialog
      title={t('staff.deactivate')}
      confirm={t('staff.deactivate')}
      pending={deactivate.isPending}
      error={deactivate.error}
      onConfirm={() => deactivate.mutate({ staffId: entry.id }, { onSuccess: onClose })}
      onClose={onClose}
    >
      {t('staff.deactivateConfirm', { name: entry.name })}
    </ConfirmDialog>
  );
}

function AutoLock() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const current = useApiQuery('auth.lockSettings', {});
  const save = useApiMutation('auth.saveLockSettings');
  const [minutes, setMinutes] = useState<number | null>(null);
  const value = minutes ?? current.data?.autoLockMinutes ?? 10;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate({ autoLockMinutes: value });
      }}
    >
      <Group align="flex-end">
        <NumberInput
          label={t('staff.autoLock')}
          description={t('staff.autoLockHint')}
          value={value}
          onChange={(v) => setMinutes(typeof v === 'number' ? v : 0)}
          min={0}
          max={240}
          allowDecimal={false}
          w={360}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <Button type="submit" loading={save.isPending}>
          {tc('action.save')}
        </Button>
        <Text size="sm" role="status">
          {save.isSuccess ? t('staff.autoLockSaved') : ''}
        </Text>
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
    </Paper>
  );
}
