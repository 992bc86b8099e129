import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function InHouseScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('screen.inHouse.title')} />
      <EmptyState title={t('screen.inHouse.empty')} hint={t('screen.inHouse.emptyHint')} />
    </>
  );
}
