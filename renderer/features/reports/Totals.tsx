import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGISTER_TOTAL_KEYS, type RegisterTotals } from '../../../shared/contract';


/** The register's totals in one line of label–number pairs, as the files print them. */
export function Totals({ totals }: { totals: RegisterTotals }) {
  const { t } = useTranslation('reports');
  return (
    <Group component="dl" gap="lg" m={0} wrap="wrap" aria-label={t('totals.title')}>
      {REGISTER_TOTAL_KEYS.map((k) => (
        <div key={k}>
          <Text component="dt" size="xs" c="dark.5">
            {t(`totals.${k}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg" data-total={k}>
            {totals[k]}
          </Text>
        </div>
      ))}
    </Group>
  );
}
