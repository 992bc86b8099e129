import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secretSchema } from '../../../shared/contract';
import { SecretInput } from './SecretInput';

/**
 * A field's error until the person fixes it (issue 20): once the value has changed since the
 * error came and is valid, the error goes, without waiting for the next save.
 */
function useErrorUntilFixed(error: string | undefined, value: string, valid: boolean) {
  const [erred, setErred] = useState({ error, value });
  // Derived from the last render's error: the value it was given for is the one to compare.
  if (erred.error !== error) setErred({ error, value });
  return error && (value === erred.value || !valid) ? error : undefined;
}

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
  const shownSecretError = useErrorUntilFixed(
    secretError,
    secret,
    secretSchema.safeParse(secret).success,
  );
  const shownRepeatError = useErrorUntilFixed(repeatError, repeat, repeat === secret);
  return (
    <>
      <SecretInput
        label={label}
        description={t('setup.secretHint')}
        value={secret}
        onChange={(e) => onSecret(e.currentTarget.value)}
        error={shownSecretError}
        autoComplete="new-password"
        maxLength={200}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <SecretInput
        label={t('setup.secretRepeat')}
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        error={shownRepeatError}
        autoComplete="new-password"
        maxLength={200}
      />
    </>
  );
}
