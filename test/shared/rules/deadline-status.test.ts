import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { deadlineStatus } from '../../../shared/rules/deadline';

const cal = buildCalendar();
const at = (iso: string) => new Date(iso);

describe('deadlineStatus around midnight in Kazakhstan', () => {
  const savedTz = process.env['TZ'];
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  // Deadline Thursday 2026-03-26; midnight in Kazakhstan is 19:00 UTC the evening before.
  it('is not due at 23:59:59 the evening before', () => {
    expect(deadlineStatus(cal, '2026-03-26', at('2026-03-25T18:59:59Z'))).toEqual({
      kind: 'not_due',
      today: '2026-03-25',
      workingDaysLeft: 1,
    });
  });

  it('is due today from 00:00 Kazakh time', () => {
    expect(deadlineStatus(cal, '2026-03-26', at('2026-03-25T19:00:00Z'))).toMatchObject({
      kind: 'due_today',
      today: '2026-03-26',
      workingDaysLeft: 0,
    });
    expect(deadlineStatus(cal, '2026-03-26', at('2026-03-26T18:59:59Z')).kind).toBe('due_today');
  });

  it('is overdue from 00:00 Kazakh time the next day', () => {
    expect(deadlineStatus(cal, '2026-03-26', at('2026-03-26T19:00:00Z'))).toEqual({
      kind: 'overdue',
      today: '2026-03-27',
      overdueWorkingDays: 1,
    });
  });

  it.each(['America/Los_Angeles', 'Asia/Almaty', 'Pacific/Kiritimati', 'UTC'])(
    'gives the same answer on a PC set to %s',
    (tz) => {
      process.env['TZ'] = tz;
      expect(deadlineStatus(cal, '2026-03-26', at('2026-03-25T19:30:00Z')).kind).toBe('due_today');
      expect(deadlineStatus(cal, '2026-03-26', at('2026-03-25T18:30:00Z')).kind).toBe('not_due');
    },
  );
});

describe('deadlineStatus counts working days', () => {
  it('counts only working days left after today', () => {
    // Sunday 22 Mar 2026 → Monday 30 Mar: Nauryz days are not counted, 26, 27 and 30 are.
    expect(deadlineStatus(cal, '2026-03-30', at('2026-03-22T06:00:00Z')).workingDaysLeft).toBe(3);
  });

  it('is overdue by zero working days on the weekend after a Friday deadline', () => {
    expect(deadlineStatus(cal, '2026-03-27', at('2026-03-28T06:00:00Z'))).toEqual({
      kind: 'overdue',
      today: '2026-03-28',
      overdueWorkingDays: 0,
    });
    expect(deadlineStatus(cal, '2026-03-27', at('2026-03-30T06:00:00Z')).overdueWorkingDays).toBe(
      1,
    );
  });

  it('does not count holidays in the overdue days', () => {
    // Deadline Fri 20 Mar 2026; on Thu 26 Mar only the 26th is a working day after it.
    expect(deadlineStatus(cal, '2026-03-20', at('2026-03-26T06:00:00Z')).overdueWorkingDays).toBe(
      1,
    );
  });

  it('honours overrides', () => {
    const c = buildCalendar([{ date: '2026-03-28', working: true, source: 'x' }]);
    expect(deadlineStatus(c, '2026-03-27', at('2026-03-28T06:00:00Z')).overdueWorkingDays).toBe(1);
  });
});
