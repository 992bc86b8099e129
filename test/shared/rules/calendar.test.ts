import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { weekday } from '../../../shared/rules/dates';
import { RulesError } from '../../../shared/rules/errors';

const cal = buildCalendar();

describe('range', () => {
  it('answers from 2012-01-01 to 2040-12-31', () => {
    expect([cal.firstYear, cal.lastYear, cal.firstDate, cal.lastDate]).toEqual([
      2012,
      2040,
      '2012-01-01',
      '2040-12-31',
    ]);
    expect(cal.dayInfo('2012-01-01').reason).toBe('holiday.new_year');
    expect(cal.dayInfo('2040-12-31').date).toBe('2040-12-31');
  });

  it.each(['2011-12-31', '2041-01-01'])('refuses %s with date.out_of_range', (d) => {
    expect(() => cal.dayInfo(d)).toThrow(expect.objectContaining({ code: 'date.out_of_range' }));
  });

  it('refuses a year it does not know', () => {
    expect(() => cal.yearStatus(2041)).toThrow(RulesError);
    expect(() => cal.daysOff(2011)).toThrow(RulesError);
  });
});

describe('daysOff', () => {
  it('lists every weekend and holiday of 2026 in date order', () => {
    const off = cal.daysOff(2026);
    expect(off.filter((d) => weekday(d.date) === 0 || weekday(d.date) === 6)).toHaveLength(104);
    expect(off.filter((d) => weekday(d.date) !== 0 && weekday(d.date) !== 6)).toHaveLength(14);
    expect(off.map((d) => d.date)).toEqual([...off.map((d) => d.date)].sort());
    expect(off.every((d) => !d.working)).toBe(true);
  });

  it('leaves out a worked Saturday', () => {
    expect(cal.daysOff(2024).some((d) => d.date === '2024-05-04')).toBe(false);
  });
});

describe('working-day index', () => {
  it('finds the n-th working day on or after a date', () => {
    expect(cal.nthWorkingDay('2026-03-22', 1)).toBe('2026-03-26');
    expect(cal.nthWorkingDay('2026-03-26', 1)).toBe('2026-03-26');
    expect(cal.nthWorkingDay('2026-03-26', 3)).toBe('2026-03-30');
  });

  it('counts working days between two dates, both included', () => {
    expect(cal.countWorkingDays('2026-03-23', '2026-03-31')).toBe(4);
    expect(cal.countWorkingDays('2026-03-31', '2026-03-23')).toBe(0);
    expect(cal.countWorkingDays('2026-01-01', '2026-12-31')).toBe(365 - 118);
  });

  it('refuses a working day past the end of the range', () => {
    expect(() => cal.nthWorkingDay('2040-12-28', 5)).toThrow(
      expect.objectContaining({ code: 'date.deadline_out_of_range' }),
    );
  });
});

describe('owner overrides', () => {
  it('makes a working day off, with its source and note', () => {
    const c = buildCalendar([
      { date: '2026-04-01', working: false, source: 'Order No. 12', note: 'Mourning day' },
    ]);
    expect(c.dayInfo('2026-04-01')).toEqual({
      date: '2026-04-01',
      working: false,
      reason: 'override.off',
      params: { source: 'Order No. 12', note: 'Mourning day' },
      provisional: false,
      source: 'Order No. 12',
    });
    expect(c.yearStatus(2026).overrideCount).toBe(1);
  });

  it('makes a day off working', () => {
    const c = buildCalendar([{ date: '2026-03-24', working: true, source: 'Order No. 13' }]);
    expect(c.dayInfo('2026-03-24')).toMatchObject({ working: true, reason: 'override.working' });
    expect(c.nthWorkingDay('2026-03-23', 1)).toBe('2026-03-24');
  });

  it('lets the later of two overrides for one day win', () => {
    const c = buildCalendar([
      { date: '2026-04-01', working: false, source: 'a' },
      { date: '2026-04-01', working: true, source: 'b' },
    ]);
    expect(c.dayInfo('2026-04-01')).toMatchObject({ working: true, source: 'b' });
  });

  it('makes an overridden day of a provisional year no longer provisional', () => {
    const c = buildCalendar([
      { date: '2030-04-12', working: false, source: 'Kurban Ait 2030, DUMK' },
    ]);
    expect(c.dayInfo('2030-04-12').provisional).toBe(false);
    expect(c.dayInfo('2030-04-11').provisional).toBe(true);
  });

  it('keeps overrides outside the range aside instead of failing', () => {
    const far = { date: '2045-01-02', working: false, source: 'x' };
    expect(buildCalendar([far]).ignoredOverrides).toEqual([far]);
  });

  it('refuses an override with an impossible date', () => {
    expect(() => buildCalendar([{ date: '2026-02-30', working: false, source: 'x' }])).toThrow(
      expect.objectContaining({ code: 'override.invalid', field: 'date' }),
    );
  });

  it('does not change the calendar built without overrides', () => {
    buildCalendar([{ date: '2026-04-01', working: false, source: 'x' }]);
    expect(buildCalendar().isWorkingDay('2026-04-01')).toBe(true);
  });
});

describe('year confirmation by the owner', () => {
  it('turns a generated year confirmed, with the owner as a source', () => {
    const c = buildCalendar([], {
      confirmedYears: [{ year: 2030, source: 'Ministry order No. 400' }],
    });
    expect(c.yearStatus(2030)).toMatchObject({ status: 'confirmed', origin: 'generated' });
    expect(c.yearStatus(2030).sources).toContain('Ministry order No. 400');
    expect(c.yearStatus(2030).notes).toContain('confirmed_by_owner');
    expect(c.dayInfo('2030-02-12').provisional).toBe(false);
    expect(buildCalendar().yearStatus(2030).status).toBe('provisional');
  });
});
