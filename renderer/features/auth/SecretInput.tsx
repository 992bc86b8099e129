import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Every PIN or password field: Mantine's, with its show/hide button named in the screen's
 * language (Mantine names it in English only), and the input itself marked invalid while it
 * shows an error (Mantine marks only its wrapper), for screen readers and the first-error focus.
 */
export function SecretInput(props: PasswordInputProps) {
  const { t } = useTranslation('auth');
  return (
    <PasswordInput
      aria-invalid={Boolean(props.error)}
      {...props}
      visibilityToggleButtonProps={{
        'aria-label': t('signIn.toggle'),
        ...props.visibilityToggleButtonProps,
      }}
    />
  );
}
