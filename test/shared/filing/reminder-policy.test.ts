import { describe, expect, it } from 'vitest';
import { badgeCount, shouldRemind } from '../../../shared/filing/reminder-policy';

const HOUR = 3_600_000;
const urgent = { overdue: 2, dueToday: 1 };
const none = { overdue: 0, dueToday: 0 };

describe('reminders', () => {
  it('remind at start when something is overdue or due today, never when nothing is', () => {
    const fresh = { lastShownAt: null, lastUrgent: 0 };
    expect(shouldRemind(0, urgent, { reminderMinutes: 60 }, fresh)).toBe(true);
    expect(shouldRemind(0, none, { reminderMinutes: 60 }, fresh)).toBe(false);
  });

  it('never come more often than the user allows', () => {
    const shown = { lastShownAt: 10 * HOUR, lastUrgent: 3 };
    expect(
      shouldRemind(10.5 * HOUR, { overdue: 9, dueToday: 0 }, { reminderMinutes: 60 }, shown),
    ).toBe(false);
    expect(shouldRemind(11 * HOUR, urgent, { reminderMinutes: 60 }, shown)).toBe(true);
    expect(shouldRemind(11 * HOUR, urgent, { reminderMinutes: 120 }, shown)).toBe(false);
  });

  it('with 0 minutes remind only at start', () => {
    expect(
      shouldRemind(99 * HOUR, urgent, { reminderMinutes: 0 }, { lastShownAt: 0, lastUrgent: 3 }),
    ).toBe(false);
  });

  it('badge the overdue and due-today count', () => {
    expect(badgeCount(urgent)).toBe(3);
  });
});
