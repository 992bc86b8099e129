import { AppShell, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { ChainBanner } from '../components/ChainBanner';
import { CheckInScreen } from '../features/check-in/CheckInScreen';
import { InHouseScreen } from '../features/in-house/InHouseScreen';
import { NotificationsScreen } from '../features/notifications/NotificationsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './app.module.css';

const NAV = [
  { to: '/in-house', key: 'inHouse' },
  { to: '/check-in', key: 'checkIn' },
  { to: '/notifications', key: 'notifications' },
  { to: '/reports', key: 'reports' },
  { to: '/settings', key: 'settings' },
] as const;

export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const hotel = useApiQuery('hotel.get', {});
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 208, breakpoint: 0 }} padding="md">
      <a href="#main" className={classes.skip}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="lg" c="teal.9">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" truncate>
              {hotel.data?.name ?? t('app.tagline')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={t(`nav.${item.key}`)}
            active={location.pathname.startsWith(item.to)}
            className={classes.navLink}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <VisuallyHidden aria-live="polite">{location.pathname}</VisuallyHidden>
        <ChainBanner />
        <Routes>
          <Route path="/" element={<Navigate to="/in-house" replace />} />
          <Route path="/in-house" element={<InHouseScreen />} />
          <Route path="/check-in" element={<CheckInScreen />} />
          <Route path="/notifications" element={<NotificationsScreen />} />
          <Route path="/reports" element={<ReportsScreen />} />
          <Route path="/settings/*" element={<SettingsScreen />} />
          <Route path="*" element={<Navigate to="/in-house" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
