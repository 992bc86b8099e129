import type { TFunction } from 'i18next';

const SCREENS = [
  ['/in-house', 'nav.inHouse'],
  ['/check-in', 'nav.checkIn'],
  ['/notifications', 'nav.notifications'],
  ['/reports', 'nav.reports'],
  ['/settings', 'nav.settings'],
  ['/welcome', 'welcome.title'],
] as const;

/** What the route's live region announces: the screen's name, never the raw path. */
export function screenName(pathname: string, t: TFunction): string {
  const screen = SCREENS.find(([path]) => pathname.startsWith(path));
  return screen ? t(screen[1]) : '';
}
