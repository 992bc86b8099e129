import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { EdsKeyView } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useKeysText } from '../../keys/use-keys-text';
import { KeyDialog } from './KeyDialog';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** Days left in words, never by colour alone. */
function LeftBadge({ k }: { k: EdsKeyView }) {
  const { tk } = useKeysText();
  const text =
    k.daysLeft > 0
      ? tk('left', { count: k.daysLeft })
      : tk(k.daysLeft === 0 ? 'endsToday' : 'ended');
  const color = k.daysLeft <= 1 ? 'red' : k.stage ? 'orange' : 'gray';
  return (
    <Badge
      color={color}
      variant={k.stage ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      // Whole words: a truncated "осталось…" says nothing.
      styles={{
        root: { height: 'auto', paddingBlock: 2 },
        label: { overflow: 'visible', whiteSpace: 'nowrap' },
      }}
    >
      {text}
    </Badge>
  );
}

/**
 * Settings › EDS keys (issue 23, owner only): each key the hotel files with, its holder, purpose
 * and expiry, read from its public certificate when attached. Adding, editing and removing are
 * audited by the core.
 */
export function KeysSettings() {
  const { tk, date } = useKeysText();
  const list = useApiQuery('keys.list', {});
  const [editing, setEditing] = useState<EdsKeyView | 'new' | null>(null);
  const [removing, setRemoving] = useState<EdsKeyView | null>(null);
  const keys = list.data ?? [];
  return (
    <Stack gap="sm" maw={980}>
      <Title order={2} size="h4">
        {tk('title')}
      </Title>
      <Text size="sm" c="dark.5" maw={760}>
        {tk('intro')}
      </Text>
      <Group>
        <Button onClick={() => setEditing('new')}>{tk('add')}</Button>
      </Group>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && keys.length === 0 && (
        <Text size="sm" c="dimmed">
          {tk('empty')}
        </Text>
      )}
      {keys.length > 0 && (
        <Table
          withTableBorder
          verticalSpacing={6}
          horizontalSpacing="sm"
          fz="sm"
          bg="white"
          aria-label={tk('listLabel')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tk('col.holder')}</Table.Th>
              <Table.Th>{tk('col.purpose')}</Table.Th>
              <Table.Th>{tk('col.expires')}</Table.Th>
              <Table.Th>{tk('col.left')}</Table.Th>
              <Table.Th>{tk('col.certificate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td fw={600}>{k.holder}</Table.Td>
                <Table.Td>{tk(`purpose.${k.purpose}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(k.expiresOn)}</Table.Td>
                <Table.Td>
                  <LeftBadge k={k} />
                </Table.Td>
                <Table.Td>
                  {k.certificate ? (
                    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {tk('certificateSerial', { serial: k.certificate.serial })}
                    </Text>
                  ) : (
                    <Text size="xs" c="dark.5">
                      {tk('noCertificate')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(k)}
                      aria-label={tk('editLabel', { holder: k.holder })}
                    >
                      {tk('edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRemoving(k)}
                      aria-label={tk('removeLabel', { holder: k.holder })}
                    >
                      {tk('remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <KeyDialog editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {removing && <RemoveKey k={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

function RemoveKey({ k, onClose }: { k: EdsKeyView; onClose: () => void }) {
  const { tk, date } = useKeysText();
  const remove = useApiMutation('keys.remove');
  return (
    <ConfirmDialog
      title={tk('removeDialog.title')}
      confirm={tk('removeDialog.confirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate({ id: k.id }, { onSuccess: onClose })}
      onClose={onClose}
    >
      {tk('removeDialog.body', {
        holder: k.holder,
        key: tk(`key.${k.purpose}`),
        date: date(k.expiresOn),
      })}
    </ConfirmDialog>
  );
}
