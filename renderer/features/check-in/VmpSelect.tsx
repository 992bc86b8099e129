import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import type { VmpEntry } from '../../../shared/documents/vmp';

type Props<C extends string> = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  entries: readonly VmpEntry<C>[];
  value: C;
  onChange: (code: C) => void;
};

/**
 * One of the portals' dictionaries (domain.md §5). The receptionist will pick the same entry on
 * e-Qonaq or vmp.gov.kz, whose labels are Russian, so the portal's words are shown next to the
 * UI language's.
 */
export function VmpSelect<C extends string>({ entries, value, onChange, ...rest }: Props<C>) {
  const { t, i18n } = useTranslation('stays');
  const lang = i18n.language as Language;
  const byCode = new Map(entries.map((e) => [e.code as string, e]));
  const current = byCode.get(value);
  return (
    <Select
      {...rest}
      data={entries.map((e) => ({ value: e.code, label: e[lang] }))}
      value={value}
      onChange={(v) => v && onChange(v as C)}
      allowDeselect={false}
      searchable
      autoComplete="off"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      // Found by either language's words or the portal code.
      filter={({ options, search }) => {
        const q = search.trim().toLowerCase();
        return options.filter((o) => {
          if (!('value' in o)) return false;
          const e = byCode.get(o.value);
          return !q || [o.label, e?.ru ?? '', o.value].some((s) => s.toLowerCase().includes(q));
        });
      }}
      description={
        lang !== 'ru' && current ? t('form.portalLabel', { label: current.ru }) : undefined
      }
      renderOption={({ option }) => {
        const entry = byCode.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {lang !== 'ru' && entry && (
              <Text size="xs" c="dimmed">
                {entry.ru}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
