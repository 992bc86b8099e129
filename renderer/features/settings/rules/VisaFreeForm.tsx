import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/contract';
import { listCountries } from '../../../../shared/documents/countries';
import { ApiError } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useErrorText } from '../../../components/use-error-text';

interface Props {
  saved: string[];
  defaults: string[];
}

/**
 * The 90-day visa-free list of domain.md §4 (Tirkeu's reading: configurable). It is read at each
 * check-in and return, so a change applies from now on.
 */
export function VisaFreeForm({ saved, defaults }: Props) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { issueText } = useErrorText();
  const lang = i18n.language as Language;
  const countries = useMemo(
    () => listCountries(lang).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
    [lang],
  );
  const [list, setList] = useState<string[]>(saved);
  const save = useApiMutation('rules.save');
  const issues = save.error instanceof ApiError ? (save.error.error.issues ?? []) : [];
  const changed = [...list].sort().join() !== [...saved].sort().join();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ visaFree90: list });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('rules.visaFree.heading')}
        </Title>
        <Text size="sm">{t('rules.visaFree.intro')}</Text>
        <MultiSelect
          label={t('rules.visaFree.label')}
          description={t('rules.visaFree.count', { count: list.length })}
          placeholder={t('rules.visaFree.placeholder')}
          data={countries}
          value={list}
          onChange={(v) => {
            setList(v);
            save.reset();
          }}
          searchable
          clearable
          hidePickedOptions
          maxDropdownHeight={260}
          error={issues.length ? issues.map((i) => issueText(i)).join('; ') : undefined}
        />
        <Text size="sm" fw={500}>
          {t('rules.visaFree.effect')}
        </Text>
        {save.error && !issues.length && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" disabled={!changed} loading={save.isPending}>
            {tc('action.save')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setList(defaults);
              save.reset();
            }}
          >
            {t('rules.visaFree.restore')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('rules.visaFree.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
