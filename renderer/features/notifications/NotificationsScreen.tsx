import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export function NotificationsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeader title={t('screen.notifications.title')} />
      <EmptyState
        title={t('screen.notifications.empty')}
        hint={t('screen.notifications.emptyHint')}
      />
    </>
  );
}
