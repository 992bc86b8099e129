import { NativeSelect } from '@mantine/core';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/contract/languages';
import { call } from '../api/client';
import { chooseBeforeSignIn } from '../features/auth/staff-language';
import { SessionContext } from '../features/auth/use-session';
import { changeLanguage, isLanguage, rememberLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useContext(SessionContext);
  const change = (value: string) => {
    if (!isLanguage(value)) return;
    void changeLanguage(value);
    rememberLanguage(value);
    // Remembered for the staff member too, so the desktop menu and their next sign-in follow;
    // on the sign-in and welcome screens, for whoever signs in next.
    if (session) void call('settings.setLanguage', { language: value }).catch(() => undefined);
    else chooseBeforeSignIn(value);
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
