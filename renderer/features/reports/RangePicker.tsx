import { Group, Select } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import { dateLocale } from '../../i18n/format';
import { DateInput } from '../check-in/DateInput';
import { isoToDateText, kzToday, parseDateText } from '../check-in/date-text';
import { monthOf, monthRange, recentMonths, type Range } from './range';

interface Props {
  value: Range;
  onChange: (r: Range) => void;
}

/** A month from the list, or any range typed as two dates. */
export function RangePicker({ value, onChange }: Props) {
  const { t, i18n } = useTranslation('reports');
  const lang = i18n.language as Language;
  const [fromText, setFromText] = useState(isoToDateText(value.from));
  const [toText, setToText] = useState(isoToDateText(value.to));
  const months = recentMonths(kzToday(), 36);
  const label = (m: string) => {
    const text = format(parseISO(`${m}-01`), 'LLLL yyyy', { locale: dateLocale(lang) });
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const set = (r: Range) => {
    setFromText(isoToDateText(r.from));
    setToText(isoToDateText(r.to));
    onChange(r);
  };
  const typed = (from: string, to: string) => {
    const f = parseDateText(from);
    const tt = parseDateText(to);
    if (f.ok && tt.ok && f.value && tt.value && f.value <= tt.value) {
      onChange({ from: f.value, to: tt.value });
    }
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('screen.month')}
        data={months.map((m) => ({ value: m, label: label(m) }))}
        value={monthOf(value)}
        onChange={(m) => m && set(monthRange(m))}
        allowDeselect={false}
        w={170}
        size="xs"
      />
      <DateInput
        label={t('screen.from')}
        value={fromText}
        onChange={(v) => {
          setFromText(v);
          typed(v, toText);
        }}
        w={112}
        size="xs"
      />
      <DateInput
        label={t('screen.to')}
        value={toText}
        onChange={(v) => {
          setToText(v);
          typed(fromText, v);
        }}
        w={112}
        size="xs"
      />
    </Group>
  );
}
