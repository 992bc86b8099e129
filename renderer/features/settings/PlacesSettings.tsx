import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place, PlaceInput } from '../../../shared/contract';
import { KZ_REGIONS } from '../../../shared/regions';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { useErrorText } from '../../components/use-error-text';

/**
 * The host's places of stay (issue 23; domain.md §10, "Per place"). The first is the hotel's own
 * address, edited in the form above; the others are added here. One in use is never removed.
 */
export function PlacesSettings() {
  const { t } = useTranslation('places');
  const places = useApiQuery('places.list', {});
  const remove = useApiMutation('places.remove');
  const [editing, setEditing] = useState<PlaceInput | null>(null);
  if (places.error)
    return <ErrorAlert error={places.error} onRetry={() => void places.refetch()} />;
  if (!places.data) return null;
  const list = places.data;
  return (
    <Paper withBorder p="lg" maw={720} component="section" aria-labelledby="places-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="places-title">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        {list.length > 0 && (
          <Table aria-label={t('tableLabel')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('address')}</Table.Th>
                <Table.Th>{t('region')}</Table.Th>
                <Table.Th>{t('stays')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p, i) => (
                <PlaceRow
                  key={p.id}
                  place={p}
                  first={i === 0}
                  onEdit={() =>
                    setEditing({ id: p.id, name: p.name, address: p.address, region: p.region })
                  }
                  onRemove={() => remove.mutate({ placeId: p.id })}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {remove.error && <ErrorAlert error={remove.error} />}
        {remove.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('removed')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => setEditing({ id: null, name: '', address: '', region: '' })}
          >
            {t('add')}
          </Button>
        </Group>
      </Stack>
      {editing && <PlaceDialog initial={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

function PlaceRow({
  place,
  first,
  onEdit,
  onRemove,
}: {
  place: Place;
  first: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        {place.name}{' '}
        {first && (
          <Badge size="xs" variant="light" color="gray">
            {t('first')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{place.address}</Table.Td>
      <Table.Td>{place.region ? tc(`region.${place.region}` as 'region.KZ-71') : '—'}</Table.Td>
      <Table.Td>{place.stays}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={onEdit}
            aria-label={t('edit', { name: place.name })}
          >
            {tc('action.edit')}
          </Button>
          {!first && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={t('remove', { name: place.name })}
            >
              {tc('action.remove')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function PlaceDialog({ initial, onClose }: { initial: PlaceInput; onClose: () => void }) {
  const { t } = useTranslation('places');
  const { t: tc } = useTranslation();
  const { issueText } = useErrorText();
  const save = useApiMutation('places.save');
  const [form, setForm] = useState<PlaceInput>(initial);
  const issues = save.error instanceof ApiError ? (save.error.error.issues ?? []) : [];
  const fieldError = (field: keyof PlaceInput) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? issueText(issue) : undefined;
  };
  return (
    <FormDialog
      title={initial.id === null ? t('newTitle') : t('editTitle', { name: initial.name })}
      onClose={onClose}
      onSubmit={() => save.mutate(form, { onSuccess: onClose })}
      pending={save.isPending}
      error={save.error && !issues.length ? save.error : undefined}
    >
      <TextInput
        label={t('name')}
        required
        data-autofocus
        value={form.name}
        onChange={(e) => {
          const name = e.currentTarget.value;
          setForm((f) => ({ ...f, name }));
        }}
        error={fieldError('name')}
        maxLength={200}
      />
      <Select
        label={t('region')}
        placeholder={tc('settings.hotel.regionPlaceholder')}
        data={KZ_REGIONS.map((code) => ({ value: code, label: tc(`region.${code}`) }))}
        value={form.region || null}
        onChange={(v) => setForm((f) => ({ ...f, region: v ?? '' }))}
        searchable
        error={fieldError('region')}
      />
      <TextInput
        label={t('address')}
        required
        value={form.address}
        onChange={(e) => {
          const address = e.currentTarget.value;
          setForm((f) => ({ ...f, address }));
        }}
        error={fieldError('address')}
        maxLength={300}
      />
    </FormDialog>
  );
}
