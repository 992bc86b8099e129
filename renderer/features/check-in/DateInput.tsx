import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskDate, parseDateText } from './date-text';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
};

/**
 * A DD.MM.YYYY field (Mantine has no date input without @mantine/dates): digits only, the dots
 * put in as one types. A date that cannot exist is said so on leaving the field, before saving.
 */
export function DateInput({ value, onChange, error, onBlur, onFocus, ...rest }: Props) {
  const { t } = useTranslation('stays');
  const { t: tc } = useTranslation();
  const [focused, setFocused] = useState(false);
  const parsed = parseDateText(value);
  const complete = value.length === 10;
  const ownError =
    parsed.ok || (!complete && focused)
      ? undefined
      : tc(parsed.code === 'date.invalid' ? 'issue.date.invalid' : 'issue.date.format');
  return (
    <TextInput
      {...rest}
      value={value}
      onChange={(e) => onChange(maskDate(e.currentTarget.value))}
      onFocus={(e) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocused(false);
        onBlur?.(e);
      }}
      placeholder={t('form.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      // Notes under the field keep a row of fields aligned.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error ?? ownError}
    />
  );
}
