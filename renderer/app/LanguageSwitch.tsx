import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/contract/languages';
import { call } from '../api/client';
import { isLanguage, rememberLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (value: string) => {
    if (!isLanguage(value)) return;
    void i18n.changeLanguage(value);
    rememberLanguage(value);
    // Remembered for the staff member too, so the desktop menu follows.
    void call('settings.setLanguage', { language: value }).catch(() => undefined);
  };
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data={LANGUAGES.map((l: Language) => ({ value: l, label: t(`language.${l}`) }))}
      value={i18n.language}
      onChange={(e) => change(e.currentTarget.value)}
      w={140}
      size="xs"
    />
  );
}
