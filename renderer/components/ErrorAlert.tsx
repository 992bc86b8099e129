import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert">
      {errorText(error)}
      {onRetry && (
        <Button size="xs" variant="default" ml="md" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      )}
    </Alert>
  );
}
