import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RuleSetsTable } from './RuleSetsTable';
import { StayLimitsForm } from './StayLimitsForm';
import { VisaFreeForm } from './VisaFreeForm';

/** Settings → Rules: the dated rule sets in words, and the editable 90-day visa-free list. */
export function RulesSettings() {
  const { t } = useTranslation('calendar');
  const rules = useApiQuery('rules.get', {});
  if (rules.error) return <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />;
  if (!rules.data) return null;
  return (
    <Stack gap="lg" maw={980}>
      <Text size="sm" c="dimmed">
        {t('rules.intro')}
      </Text>
      <RuleSetsTable ruleSets={rules.data.ruleSets} />
      <VisaFreeForm saved={rules.data.visaFree90} defaults={rules.data.defaultVisaFree90} />
      <StayLimitsForm saved={rules.data.stayLimits} defaults={rules.data.defaultStayLimits} />
    </Stack>
  );
}
