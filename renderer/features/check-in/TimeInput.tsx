import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maskTime, parseTimeText } from './date-text';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
};

/** HH:MM, 24-hour, Kazakhstan time. */
export function TimeInput({ value, onChange, error, ...rest }: Props) {
  const { t } = useTranslation('stays');
  const invalid = value.length === 5 && parseTimeText(value) === null;
  return (
    <TextInput
      {...rest}
      value={value}
      onChange={(e) => onChange(maskTime(e.currentTarget.value))}
      placeholder={t('form.timePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      error={error ?? (invalid ? t('issue.time.invalid') : undefined)}
    />
  );
}
