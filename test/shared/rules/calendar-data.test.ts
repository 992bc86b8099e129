import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { SHIPPED_YEARS } from '../../../shared/rules/calendar-data';
import { weekday } from '../../../shared/rules/dates';

const cal = buildCalendar();

// domain.md §3, "Non-working weekdays" table, copied by hand so a slip in the data fails here.
const TABLE: Record<number, { off: string[]; workingWeekend: string[] }> = {
  2024: {
    off: [
      '01-01',
      '01-02',
      '03-08',
      '03-21',
      '03-22',
      '03-25',
      '05-01',
      '05-07',
      '05-08',
      '05-09',
      '07-08',
      '08-30',
      '10-25',
      '12-16',
    ],
    workingWeekend: ['05-04'],
  },
  2025: {
    off: [
      '01-01',
      '01-02',
      '01-03',
      '01-07',
      '03-10',
      '03-21',
      '03-24',
      '03-25',
      '05-01',
      '05-07',
      '05-09',
      '06-06',
      '07-07',
      '09-01',
      '10-27',
      '12-16',
    ],
    workingWeekend: ['01-05'],
  },
  2026: {
    off: [
      '01-01',
      '01-02',
      '01-07',
      '03-09',
      '03-23',
      '03-24',
      '03-25',
      '05-01',
      '05-07',
      '05-11',
      '05-27',
      '07-06',
      '10-26',
      '12-16',
    ],
    workingWeekend: [],
  },
  2027: {
    off: [
      '01-01',
      '01-04',
      '01-07',
      '03-08',
      '03-15',
      '03-22',
      '03-23',
      '03-24',
      '05-03',
      '05-07',
      '05-10',
      '07-06',
      '10-25',
      '12-16',
    ],
    workingWeekend: [],
  },
};

describe('shipped calendar 2024-2027 (domain.md §3)', () => {
  it.each(Object.keys(TABLE).map(Number))('matches the table for %i', (year) => {
    const isWeekday = (d: string) => weekday(d) !== 0 && weekday(d) !== 6;
    const off = cal
      .daysOff(year)
      .filter((d) => isWeekday(d.date))
      .map((d) => d.date.slice(5));
    expect(off).toEqual(TABLE[year]!.off);
    const spec = SHIPPED_YEARS.find((s) => s.year === year)!;
    expect(spec.transfers.map((t) => t.working.slice(5))).toEqual(TABLE[year]!.workingWeekend);
  });

  it('marks 2024-2026 confirmed and 2027 provisional', () => {
    expect([2024, 2025, 2026, 2027].map((y) => cal.yearStatus(y).status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'provisional',
    ]);
    expect(cal.yearStatus(2027).notes).toEqual(['no_transfer_order', 'kurban_ait_estimated']);
  });
});

describe('every kind of day', () => {
  it('names plain weekends', () => {
    expect(cal.dayInfo('2026-03-28')).toMatchObject({ working: false, reason: 'weekend.saturday' });
    expect(cal.dayInfo('2026-03-29')).toMatchObject({ working: false, reason: 'weekend.sunday' });
    expect(cal.dayInfo('2026-03-26')).toMatchObject({ working: true, reason: 'working_day' });
  });

  it('names a holiday on a weekday', () => {
    expect(cal.dayInfo('2026-03-23')).toMatchObject({ working: false, reason: 'holiday.nauryz' });
    expect(cal.dayInfo('2026-12-16')).toMatchObject({ reason: 'holiday.independence_day' });
  });

  it('names a holiday on a weekend by the holiday, not the weekend', () => {
    expect(cal.dayInfo('2026-03-08')).toMatchObject({
      working: false,
      reason: 'holiday.womens_day',
    });
  });

  it('gives the next working day off for a weekend holiday, with the holiday it stands for', () => {
    expect(cal.dayInfo('2026-03-09')).toEqual({
      date: '2026-03-09',
      working: false,
      reason: 'substitute',
      params: { date: '2026-03-08', holiday: 'holiday.womens_day' },
      provisional: false,
    });
  });

  it('skips a further holiday when placing a substitute (2026: Nauryz on Sat and Sun)', () => {
    expect(cal.dayInfo('2026-03-24').params).toEqual({
      date: '2026-03-21',
      holiday: 'holiday.nauryz',
    });
    expect(cal.dayInfo('2026-03-25').params).toEqual({
      date: '2026-03-22',
      holiday: 'holiday.nauryz',
    });
  });

  it('shows a Ministry transfer from both sides (Sat 2024-05-04 worked for Wed 2024-05-08)', () => {
    expect(cal.dayInfo('2024-05-08')).toMatchObject({
      working: false,
      reason: 'transfer',
      params: { date: '2024-05-04' },
      source: 'adilet G24G0000109',
    });
    expect(cal.dayInfo('2024-05-04')).toMatchObject({
      working: true,
      reason: 'working_weekend',
      params: { date: '2024-05-08' },
    });
  });

  it('makes Sunday 2025-01-05 a working day for Friday 2025-01-03', () => {
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
    expect(cal.dayInfo('2025-01-05').reason).toBe('working_weekend');
    expect(cal.dayInfo('2025-01-03')).toMatchObject({ working: false, reason: 'transfer' });
  });

  it('never moves Orthodox Christmas or Kurban Ait off a weekend', () => {
    expect(cal.dayInfo('2024-01-07').reason).toBe('holiday.orthodox_christmas'); // Sunday
    expect(cal.isWorkingDay('2024-01-08')).toBe(true);
    expect(cal.dayInfo('2024-06-16').reason).toBe('holiday.kurban_ait'); // Sunday
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
  });

  it('drops Constitution Day in 2026 and moves it to 15 March from 2027', () => {
    expect(cal.dayInfo('2025-08-30').reason).toBe('holiday.constitution_day');
    expect(cal.dayInfo('2025-09-01').reason).toBe('substitute');
    expect(cal.dayInfo('2026-08-30').reason).toBe('weekend.sunday');
    expect(cal.isWorkingDay('2026-08-31')).toBe(true);
    expect(cal.dayInfo('2026-03-15').reason).toBe('weekend.sunday');
    expect(cal.isWorkingDay('2026-03-16')).toBe(true);
    expect(cal.dayInfo('2027-03-15')).toMatchObject({
      working: false,
      reason: 'holiday.constitution_day',
    });
    expect(cal.dayInfo('2027-08-30')).toMatchObject({ working: true, reason: 'working_day' });
  });
});

describe('provisional days', () => {
  it('marks the 2026 Kurban Ait forecast and the day either side provisional', () => {
    expect(cal.dayInfo('2026-05-27')).toMatchObject({
      reason: 'holiday.kurban_ait',
      provisional: true,
    });
    expect(cal.dayInfo('2026-05-26').provisional).toBe(true);
    expect(cal.dayInfo('2026-05-28').provisional).toBe(true);
    expect(cal.dayInfo('2026-05-25').provisional).toBe(false);
    expect(cal.dayInfo('2026-03-23').provisional).toBe(false);
  });

  it('marks every day of a provisional year provisional', () => {
    expect(cal.dayInfo('2027-02-10').provisional).toBe(true);
    expect(cal.dayInfo('2031-02-10').provisional).toBe(true);
    expect(cal.dayInfo('2018-02-10').provisional).toBe(true);
  });
});
