import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StayNoticeSummary } from '../../../shared/contract';

const COLOR: Record<StayNoticeSummary, string> = {
  none: 'gray',
  owed: 'yellow',
  overdue: 'red',
  filed_late: 'orange',
  filed: 'teal',
  proven: 'teal',
};

/** A stay's notices in words (and colour, never colour alone). */
export function StaySummaryBadge({ summary }: { summary: StayNoticeSummary }) {
  const { t } = useTranslation('reports');
  return (
    <Badge
      color={COLOR[summary]}
      variant={summary === 'proven' || summary === 'overdue' ? 'filled' : 'light'}
      tt="none"
      radius="sm"
      fw={600}
    >
      {summary === 'proven' || summary === 'filed' ? '✓ ' : ''}
      {t(`history.summary.${summary}`)}
    </Badge>
  );
}
