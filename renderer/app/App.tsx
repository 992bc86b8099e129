// Every Mantine style, after the first screen's few (main.tsx): the cascade is styles.css's own.
import '@mantine/core/styles.css';
import { AppShell, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BrowserRouter,
  Navigate,
  NavLink as RouterLink,
  Route,
  Routes,
  useLocation,
} from 'react-router';
import { useApiQuery } from '../api/hooks';
import { MovedDeadlinesBanner } from '../components/MovedDeadlinesBanner';
import { ChainBanner } from '../components/ChainBanner';
import { InHouseScreen } from '../features/in-house/InHouseScreen';
import { loadStayDetailView } from '../features/in-house/StayDetailDrawer';
import { NotificationsNavCount } from '../features/notifications/NavCount';
import { RemindersBanner } from '../features/notifications/RemindersBanner';
import { KeysNotice } from '../features/keys/KeysNotice';
import { StartRedirect } from '../features/welcome/StartRedirect';
import { DeskBanner } from '../features/desk/DeskBanner';
import { DeskLinkProvider } from '../features/desk/desk-link';
import { LanguageSwitch } from './LanguageSwitch';
// The leaf modules, not the contract's index: the first load carries no schema (nor zod).
import { AUDITORS, OWNERS, STAFF, type StaffRole } from '../../shared/contract/define';
import { SwitchStaff } from '../features/auth/SwitchStaff';
import { useSession } from '../features/auth/use-session';
import { screenName } from './screen-name';
import { Shortcuts } from './Shortcuts';
import classes from './app.module.css';

/** A screen loaded when first opened: its code is a chunk of its own (issue 12). */
const lazyScreen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// The home screen is in the first chunk; every other screen loads when first opened.
const loadCheckIn = () => import('../features/check-in/CheckInScreen');
const loadNotifications = () => import('../features/notifications/NotificationsScreen');
const CheckInScreen = lazyScreen(loadCheckIn, 'CheckInScreen');
const NotificationsScreen = lazyScreen(loadNotifications, 'NotificationsScreen');
const HistoryScreen = lazyScreen(
  () => import('../features/history/HistoryScreen'),
  'HistoryScreen',
);
const ReportsScreen = lazyScreen(
  () => import('../features/reports/ReportsScreen'),
  'ReportsScreen',
);
const SettingsScreen = lazyScreen(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen',
);
const WelcomeScreen = lazyScreen(
  () => import('../features/welcome/WelcomeScreen'),
  'WelcomeScreen',
);

/**
 * Once the first screen is drawn and the browser has nothing else to do, the code of what every
 * desk opens next (Check-in, Notifications, a stay) is fetched and read, so their first visit
 * waits for no download: kept out of the first load, it is not kept from the desk.
 */
function usePreloadDeskScreens() {
  useEffect(() => {
    const id = requestIdleCallback(
      () => {
        void loadNotifications();
        void loadCheckIn();
        void loadStayDetailView();
      },
      { timeout: 3000 },
    );
    return () => cancelIdleCallback(id);
  }, []);
}

// A screen the role cannot use is not offered (the dispatcher refuses its calls anyway).
const NAV: ReadonlyArray<{ to: string; key: string; roles: readonly StaffRole[] }> = [
  { to: '/in-house', key: 'inHouse', roles: STAFF },
  { to: '/check-in', key: 'checkIn', roles: STAFF },
  { to: '/notifications', key: 'notifications', roles: STAFF },
  { to: '/history', key: 'history', roles: AUDITORS },
  { to: '/reports', key: 'reports', roles: AUDITORS },
  { to: '/settings', key: 'settings', roles: OWNERS },
] as const;

/**
 * The signed-in app and its router. The sign-in needs neither (issue 21); the router reads the
 * address as the sign-in or the first start left it.
 */
export function Shell() {
  return (
    <BrowserRouter>
      <App />
    </BrowserRouter>
  );
}

export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const hotel = useApiQuery('hotel.get', {});
  const { staff } = useSession();
  const nav = NAV.filter((item) => item.roles.includes(staff.role));
  const allowed = (path: string) => nav.some((item) => item.to === path);
  usePreloadDeskScreens();
  return (
    <DeskLinkProvider>
      <AppShell header={{ height: 48 }} navbar={{ width: 208, breakpoint: 0 }} padding="md">
        <Shortcuts />
        <a href="#main" className={classes.skip}>
          {t('app.skipToContent')}
        </a>
        <AppShell.Header className={classes.header}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Text fw={700} size="lg" c="teal.9">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed" truncate>
                {hotel.data?.name ?? t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              <SwitchStaff />
              <LanguageSwitch />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
          {nav.map((item) => (
            <NavLink
              key={item.to}
              component={RouterLink}
              to={item.to}
              label={t(`nav.${item.key}` as 'nav.inHouse')}
              active={location.pathname.startsWith(item.to)}
              rightSection={item.key === 'notifications' ? <NotificationsNavCount /> : undefined}
              className={classes.navLink}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          <VisuallyHidden aria-live="polite">{screenName(location.pathname, t)}</VisuallyHidden>
          <DeskBanner />
          <MovedDeadlinesBanner />
          <RemindersBanner />
          {staff.role === 'owner' && <KeysNotice />}
          <ChainBanner />
          <Suspense fallback={null}>
            <Routes>
              <Route path="/" element={<StartRedirect />} />
              <Route path="/welcome" element={<WelcomeScreen />} />
              <Route path="/in-house" element={<InHouseScreen />} />
              <Route path="/check-in" element={<CheckInScreen />} />
              <Route path="/notifications" element={<NotificationsScreen />} />
              {allowed('/history') && <Route path="/history" element={<HistoryScreen />} />}
              {allowed('/reports') && <Route path="/reports" element={<ReportsScreen />} />}
              {allowed('/settings') && <Route path="/settings/*" element={<SettingsScreen />} />}
              <Route path="*" element={<Navigate to="/in-house" replace />} />
            </Routes>
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </DeskLinkProvider>
  );
}
