import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';

export function CheckInScreen() {
  const { t } = useTranslation();
  return <ScreenHeader title={t('nav.checkIn')} />;
}
