import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new PIN or password and the same again, as the first start and Change PIN ask for them. */
export function NewSecretFields({
  label,
  secret,
  repeat,
  onSecret,
  onRepeat,
  secretError,
  repeatError,
}: {
  label: string;
  secret: string;
  repeat: string;
  onSecret: (value: string) => void;
  onRepeat: (value: string) => void;
  secretError: string | undefined;
  repeatError: string | undefined;
}) {
  const { t } = useTranslation('auth');
  return (
    <>
      <PasswordInput
        label={label}
        description={t('setup.secretHint')}
        value={secret}
        onChange={(e) => onSecret(e.currentTarget.value)}
        error={secretError}
        autoComplete="new-password"
        maxLength={200}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <PasswordInput
        label={t('setup.secretRepeat')}
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        error={repeatError}
        autoComplete="new-password"
        maxLength={200}
      />
    </>
  );
}
