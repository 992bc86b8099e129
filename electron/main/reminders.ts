import { app, Notification, type BrowserWindow } from 'electron';
import type { Language, NotificationCounts, NotificationSettings } from '../../shared/contract';
import { badgeCount, shouldRemind, type ReminderMemory } from '../../shared/filing/reminder-policy';
import { translate } from '../../shared/locales';
import type { Core } from '../core/core';

const CHECK_EVERY_MS = 60_000;

/**
 * The desktop side of reminders: the taskbar or dock badge follows the overdue and due-today
 * count after every change, and a desktop notification is shown at start and then as often as
 * the user allows (shared/filing/reminder-policy.ts decides). Returns a stop function.
 */
export function startReminders(
  core: Core,
  getWindow: () => BrowserWindow | null,
  language: () => Language,
): () => void {
  const memory: ReminderMemory = { lastShownAt: null, lastUrgent: 0 };
  const read = async () => {
    const [counts, settings] = await Promise.all([
      core.call('notifications.counts'),
      core.call('notifications.settings'),
    ]);
    if (!counts.ok || !settings.ok) return null;
    return {
      counts: counts.value as NotificationCounts,
      settings: settings.value as NotificationSettings,
    };
  };
  const tick = async (mayNotify: boolean) => {
    const r = await read();
    if (!r) return;
    app.setBadgeCount(badgeCount(r.counts));
    if (!mayNotify || !r.settings.desktopNotifications || !Notification.isSupported()) return;
    const now = Date.now();
    if (!shouldRemind(now, r.counts, r.settings, memory)) return;
    memory.lastShownAt = now;
    memory.lastUrgent = badgeCount(r.counts);
    const lang = language();
    const parts = [
      r.counts.overdue > 0
        ? translate(lang, 'notifications:reminder.overdue', { count: r.counts.overdue })
        : '',
      r.counts.dueToday > 0
        ? translate(lang, 'notifications:reminder.due_today', { count: r.counts.dueToday })
        : '',
    ].filter(Boolean);
    const note = new Notification({
      title: translate(lang, 'notifications:reminder.title'),
      body: parts.join(' · '),
    });
    note.on('click', () => {
      const win = getWindow();
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    note.show();
  };
  void tick(true);
  const timer = setInterval(() => void tick(true), CHECK_EVERY_MS);
  const unsubscribe = core.subscribe((event) => {
    if (event === 'data.changed') void tick(false);
  });
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
