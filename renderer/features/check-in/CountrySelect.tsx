import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, listCountries } from '../../../shared/documents/countries';
import type { Language } from '../../../shared/contract';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (code: string) => void;
};

const cache = new Map<Language, Array<{ value: string; label: string }>>();

// The code stays in the label: the desk reads it off the document (DEU, XXA) and can type it.
function options(lang: Language) {
  let list = cache.get(lang);
  if (!list) {
    list = listCountries(lang).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));
    cache.set(lang, list);
  }
  return list;
}

/** A searchable country list in the UI language, by name or by code. */
export function CountrySelect({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  const data = useMemo(() => {
    const list = options(lang);
    // A code read from a document that is no citizenship (UTO, UNO) still shows as read.
    return value && !list.some((o) => o.value === value)
      ? [{ value, label: `${countryName(value, lang)} (${value})` }, ...list]
      : list;
  }, [lang, value]);
  return (
    <Select
      {...rest}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      // Enter on the chosen option would otherwise deselect it, clearing a value from the scan.
      allowDeselect={false}
      selectFirstOptionOnChange
      autoComplete="off"
      limit={60}
    />
  );
}
