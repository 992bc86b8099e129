import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, LatenessView } from '../../../shared/contract';
import { formatTenge } from '../../i18n/format';

/**
 * The Art. 518 exposure of a late notice (domain.md §6), shown to the owner and manager only (the
 * core sends it to no one else): the working days late, the fine for the hotel's size, and the
 * Art. 48 warning once penalties repeat within 12 months.
 */
export function LatenessNote({ lateness, filed }: { lateness: LatenessView; filed: boolean }) {
  const { t, i18n } = useTranslation('notifications-ui');
  const lang = i18n.language as Language;
  const { fine } = lateness;
  const size = t(`late.size.${lateness.businessSize}`);
  // The core exposes a repeat within 12 months to part 3 (repeated), else part 1 (late notice).
  const part = lateness.lateInYear >= 2 ? 3 : 1;
  const amount = fine.warningOnly
    ? t('late.warningOnly', { size, part })
    : fine.tenge !== null
      ? t('late.fine', { tenge: formatTenge(fine.tenge, lang), mci: fine.mci ?? 0, size, part })
      : t('late.fineMci', { mci: fine.mci ?? 0, size, part });
  return (
    <Alert
      color="red"
      variant="light"
      p="xs"
      title={t(filed ? 'late.filedLate' : 'late.overdue', { count: lateness.workingDays })}
    >
      <Text size="sm">{amount}</Text>
      {fine.estimated && fine.mciYearUsed !== null && (
        <Text size="xs" c="dark.5">
          {t('late.estimated', { year: fine.mciYearUsed })}
        </Text>
      )}
      {lateness.lateInYear > 1 && (
        <Text size="sm" mt={4}>
          {t('late.inYear', { count: lateness.lateInYear })}
        </Text>
      )}
      {lateness.article48 && (
        <Text size="sm" mt={4} fw={600}>
          {t('late.article48')}
        </Text>
      )}
    </Alert>
  );
}
