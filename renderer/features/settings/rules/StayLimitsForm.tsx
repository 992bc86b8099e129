import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Language } from '../../../../shared/contract';
import { listCountries } from '../../../../shared/documents/countries';
import type { StayLimitSettings } from '../../../../shared/rules';
import { ApiError } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useErrorText } from '../../../components/use-error-text';
import { DateInput } from '../../check-in/DateInput';
import { isoToDateText, parseDateText } from '../../check-in/date-text';

interface Row {
  key: number;
  citizenship: string;
  days: number | string;
  from: string;
  to: string;
  source: string;
}

let nextKey = 1;
const rowsOf = (s: StayLimitSettings): Row[] =>
  s.visaFree.map((e) => ({
    key: nextKey++,
    citizenship: e.citizenship,
    days: e.days,
    from: isoToDateText(e.effectiveFrom),
    to: isoToDateText(e.effectiveTo),
    source: e.source,
  }));

const num = (v: number | string): number => (typeof v === 'number' ? v : Number.NaN);

/**
 * The stay-limit rules data (domain.md §4, §10) beside the 90-day list it extends: each
 * citizenship's visa-free days from entry with its dates and source, the 90-in-180 cap, the
 * reminder days, the long-stay reading (which the owner can switch off) and order 923's threshold.
 */
export function StayLimitsForm({
  saved,
  defaults,
}: {
  saved: StayLimitSettings;
  defaults: StayLimitSettings;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { issueText } = useErrorText();
  const lang = i18n.language as Language;
  const countries = useMemo(
    () => listCountries(lang).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
    [lang],
  );
  const [rows, setRows] = useState<Row[]>(() => rowsOf(saved));
  const [form, setForm] = useState(() => ({ ...saved }));
  const [local, setLocal] = useState<FieldIssue[]>([]);
  const save = useApiMutation('rules.saveStayLimits');
  const remote = save.error instanceof ApiError ? (save.error.error.issues ?? []) : [];
  const issues = [...local, ...remote];
  const errorOf = (field: string) => {
    const i = issues.find((x) => x.field === field);
    return i ? issueText(i) : undefined;
  };

  const setRow = (key: number, change: Partial<Row>) => {
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));
    save.reset();
  };
  const restore = () => {
    setRows(rowsOf(defaults));
    setForm({ ...defaults });
    setLocal([]);
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldIssue[] = [];
    const visaFree = rows.map((r, i) => {
      const from = parseDateText(r.from);
      const to = parseDateText(r.to);
      if (!r.citizenship) found.push({ field: `visaFree.${i}.citizenship`, code: 'required' });
      if (!from.ok) found.push({ field: `visaFree.${i}.effectiveFrom`, code: from.code });
      else if (!from.value) found.push({ field: `visaFree.${i}.effectiveFrom`, code: 'required' });
      if (!to.ok) found.push({ field: `visaFree.${i}.effectiveTo`, code: to.code });
      return {
        citizenship: r.citizenship,
        days: num(r.days),
        effectiveFrom: from.ok ? (from.value ?? '') : '',
        ...(to.ok && to.value ? { effectiveTo: to.value } : {}),
        source: r.source,
      };
    });
    setLocal(found);
    if (found.length) return;
    save.mutate({
      visaFree,
      capDays: num(form.capDays),
      capWindow: num(form.capWindow),
      reminderDays: num(form.reminderDays),
      longStayDays: num(form.longStayDays),
      longStayWarning: form.longStayWarning,
      selfRegistrationMinDays: form.selfRegistrationMinDays,
    });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('rules.stayLimits.heading')}
        </Title>
        <Text size="sm">{t('rules.stayLimits.intro')}</Text>
        <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.stayLimits.country')}</Table.Th>
              <Table.Th>{t('rules.stayLimits.days')}</Table.Th>
              <Table.Th>{t('rules.stayLimits.from')}</Table.Th>
              <Table.Th>{t('rules.stayLimits.to')}</Table.Th>
              <Table.Th>{t('rules.stayLimits.source')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const n = i + 1;
              return (
                <Table.Tr key={r.key}>
                  <Table.Td w={220}>
                    <Select
                      size="xs"
                      aria-label={t('rules.stayLimits.countryN', { n })}
                      data={countries}
                      value={r.citizenship || null}
                      onChange={(v) => setRow(r.key, { citizenship: v ?? '' })}
                      searchable
                      error={errorOf(`visaFree.${i}.citizenship`)}
                    />
                  </Table.Td>
                  <Table.Td w={90}>
                    <NumberInput
                      size="xs"
                      aria-label={t('rules.stayLimits.daysN', { n })}
                      value={r.days}
                      onChange={(v) => setRow(r.key, { days: v })}
                      min={1}
                      max={365}
                      allowDecimal={false}
                      error={errorOf(`visaFree.${i}.days`)}
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <DateInput
                      size="xs"
                      aria-label={t('rules.stayLimits.fromN', { n })}
                      value={r.from}
                      onChange={(v) => setRow(r.key, { from: v })}
                      error={errorOf(`visaFree.${i}.effectiveFrom`)}
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <DateInput
                      size="xs"
                      aria-label={t('rules.stayLimits.toN', { n })}
                      value={r.to}
                      onChange={(v) => setRow(r.key, { to: v })}
                      error={errorOf(`visaFree.${i}.effectiveTo`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {/* Wraps: a source is read whole, never cut at the field's edge. */}
                    <Textarea
                      size="xs"
                      autosize
                      minRows={1}
                      aria-label={t('rules.stayLimits.sourceN', { n })}
                      value={r.source}
                      onChange={(e) => setRow(r.key, { source: e.currentTarget.value })}
                      maxLength={300}
                      error={errorOf(`visaFree.${i}.source`)}
                    />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('rules.stayLimits.removeN', { n })}
                      onClick={() => {
                        setRows((list) => list.filter((x) => x.key !== r.key));
                        save.reset();
                      }}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setRows((list) => [
                ...list,
                { key: nextKey++, citizenship: '', days: 30, from: '', to: '', source: '' },
              ])
            }
          >
            {t('rules.stayLimits.add')}
          </Button>
        </Group>
        <Group align="flex-start" gap="md">
          <NumberInput
            label={t('rules.stayLimits.capDays')}
            value={form.capDays}
            onChange={(v) => setForm((f) => ({ ...f, capDays: num(v) }))}
            min={1}
            max={365}
            allowDecimal={false}
            error={errorOf('capDays')}
            w={150}
          />
          <NumberInput
            label={t('rules.stayLimits.capWindow')}
            value={form.capWindow}
            onChange={(v) => setForm((f) => ({ ...f, capWindow: num(v) }))}
            min={1}
            max={730}
            allowDecimal={false}
            error={errorOf('capWindow')}
            w={150}
          />
          <NumberInput
            label={t('rules.stayLimits.reminderDays')}
            value={form.reminderDays}
            onChange={(v) => setForm((f) => ({ ...f, reminderDays: num(v) }))}
            min={0}
            max={60}
            allowDecimal={false}
            error={errorOf('reminderDays')}
            w={200}
          />
        </Group>
        <Switch
          label={t('rules.stayLimits.longStayWarning')}
          description={t('rules.stayLimits.longStayHint')}
          checked={form.longStayWarning}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setForm((f) => ({ ...f, longStayWarning: on }));
          }}
        />
        <NumberInput
          label={t('rules.stayLimits.longStayDays')}
          value={form.longStayDays}
          onChange={(v) => setForm((f) => ({ ...f, longStayDays: num(v) }))}
          min={1}
          max={365}
          allowDecimal={false}
          disabled={!form.longStayWarning}
          error={errorOf('longStayDays')}
          w={260}
        />
        <NumberInput
          label={t('rules.stayLimits.selfRegistrationMinDays')}
          description={t('rules.stayLimits.selfRegistrationHint')}
          value={form.selfRegistrationMinDays ?? ''}
          onChange={(v) =>
            setForm((f) => ({ ...f, selfRegistrationMinDays: v === '' ? null : num(v) }))
          }
          min={1}
          max={365}
          allowDecimal={false}
          error={errorOf('selfRegistrationMinDays')}
          w={420}
        />
        {save.error && !remote.length && <ErrorAlert error={save.error} />}
        {issues.length > 0 && (
          <Text size="sm" c="red.8" role="alert">
            {tc('errors.invalid')}
          </Text>
        )}
        <Group>
          {/* Its own name: the 90-day list's form above has a Save of its own. */}
          <Button type="submit" loading={save.isPending}>
            {t('rules.stayLimits.save')}
          </Button>
          <Button variant="default" onClick={restore}>
            {t('rules.stayLimits.restore')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('rules.stayLimits.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
