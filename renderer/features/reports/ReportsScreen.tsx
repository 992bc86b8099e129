import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function ReportsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('screen.reports.title')} />
      <EmptyState title={t('screen.reports.empty')} hint={t('screen.reports.emptyHint')} />
    </>
  );
}
