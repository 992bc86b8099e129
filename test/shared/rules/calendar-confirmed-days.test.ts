import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules';

describe('days an owner confirmed once they passed', () => {
  it('are no longer provisional; the days beside them and other years keep their status', () => {
    const before = buildCalendar();
    expect(before.anyProvisional('2026-05-26', '2026-05-28')).toBe(true);
    const after = buildCalendar([], { confirmedDays: ['2026-05-26', '2026-05-27'] });
    expect(after.dayInfo('2026-05-26').provisional).toBe(false);
    expect(after.dayInfo('2026-05-27')).toMatchObject({
      working: false,
      reason: 'holiday.kurban_ait',
      provisional: false,
    });
    expect(after.dayInfo('2026-05-28').provisional).toBe(true);
    // A day of a wholly provisional year is confirmed alone, not its year.
    const y2027 = buildCalendar([], { confirmedDays: ['2027-01-04'] });
    expect(y2027.dayInfo('2027-01-04').provisional).toBe(false);
    expect(y2027.dayInfo('2027-01-05').provisional).toBe(true);
    expect(y2027.yearStatus(2027).status).toBe('provisional');
    // Working days are counted the same: confirming changes the mark, never the day.
    expect(after.countWorkingDays('2026-05-25', '2026-05-29')).toBe(
      before.countWorkingDays('2026-05-25', '2026-05-29'),
    );
  });
});
