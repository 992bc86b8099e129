import type { NotificationCounts, NotificationSettings } from '../contract/notifications';

export interface ReminderMemory {
  /** When the last reminder was shown (ms since epoch); null before the first. */
  lastShownAt: number | null;
  /** The urgent count it showed. */
  lastUrgent: number;
}

/**
 * Whether to show a reminder now (desktop notification, or the web banner): at start when
 * anything is overdue or due today, then at most once per `reminderMinutes` while that lasts;
 * 0 minutes means only at start. Never more often than the user allows, even when new notices
 * fall due in between: the badge count shows those at once.
 */
export function shouldRemind(
  now: number,
  counts: Pick<NotificationCounts, 'overdue' | 'dueToday'>,
  settings: Pick<NotificationSettings, 'reminderMinutes'>,
  memory: ReminderMemory,
): boolean {
  const urgent = counts.overdue + counts.dueToday;
  if (urgent === 0) return false;
  if (memory.lastShownAt === null) return true;
  if (settings.reminderMinutes <= 0) return false;
  return now - memory.lastShownAt >= settings.reminderMinutes * 60_000;
}

/** The number on the taskbar or dock badge: what must be filed today at the latest. */
export const badgeCount = (counts: Pick<NotificationCounts, 'overdue' | 'dueToday'>): number =>
  counts.overdue + counts.dueToday;
