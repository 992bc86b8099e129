import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_SIZES, type HotelInput } from '../../../shared/contract';
import { KZ_REGIONS } from '../../../shared/regions';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useErrorText } from '../../components/use-error-text';
import { PlacesSettings } from './PlacesSettings';

const EMPTY: HotelInput = { name: '', bin: '', address: '', region: '', businessSize: 'small' };

export function HotelSettings() {
  const hotel = useApiQuery('hotel.get', {});
  if (hotel.error) return <ErrorAlert error={hotel.error} onRetry={() => void hotel.refetch()} />;
  if (hotel.isPending) return null;
  const initial = hotel.data
    ? (({ name, bin, address, region, businessSize }) => ({
        name,
        bin,
        address,
        region,
        businessSize,
      }))(hotel.data)
    : EMPTY;
  return (
    <Stack gap="lg">
      <HotelForm initial={initial} />
      <PlacesSettings />
    </Stack>
  );
}

function HotelForm({ initial }: { initial: HotelInput }) {
  const { t } = useTranslation();
  const { issueText } = useErrorText();
  const save = useApiMutation('hotel.save');
  const [form, setForm] = useState<HotelInput>(initial);

  const issues = save.error instanceof ApiError ? (save.error.error.issues ?? []) : [];
  const fieldError = (field: keyof HotelInput) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? issueText(issue) : undefined;
  };
  const set = <K extends keyof HotelInput>(key: K, value: HotelInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(form);
  };

  return (
    <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('settings.hotel.intro')}
        </Text>
        <TextInput
          label={t('settings.hotel.name')}
          required
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={fieldError('name')}
          maxLength={200}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('settings.hotel.bin')}
            description={t('settings.hotel.binHint')}
            value={form.bin}
            inputMode="numeric"
            onChange={(e) => set('bin', e.currentTarget.value)}
            error={fieldError('bin')}
            maxLength={12}
          />
          <Select
            label={t('settings.hotel.businessSize')}
            description={t('settings.hotel.businessSizeHint')}
            data={BUSINESS_SIZES.map((s) => ({ value: s, label: t(`settings.hotel.size.${s}`) }))}
            value={form.businessSize}
            onChange={(v) => v && set('businessSize', v as HotelInput['businessSize'])}
            allowDeselect={false}
          />
        </Group>
        <Select
          label={t('settings.hotel.region')}
          placeholder={t('settings.hotel.regionPlaceholder')}
          data={KZ_REGIONS.map((code) => ({ value: code, label: t(`region.${code}`) }))}
          value={form.region || null}
          onChange={(v) => set('region', v ?? '')}
          searchable
          error={fieldError('region')}
        />
        <TextInput
          label={t('settings.hotel.address')}
          value={form.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          error={fieldError('address')}
          maxLength={300}
        />
        {save.error && !issues.length && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('settings.hotel.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
