import { describe, expect, it } from 'vitest';
import { buildCalendar, RulesError } from '../../../shared/rules';

const off = (date: string) => ({ date, working: false, source: 'Order No. 1' });

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return 'nothing thrown';
};

describe('the working calendar at its edges', () => {
  it('applies owner days inside 2012–2040 and sets aside those outside, first and last days included', () => {
    const inside = [off('2012-01-03'), off('2040-12-31')];
    const outside = [off('2011-12-31'), off('2041-01-01')];
    const cal = buildCalendar([...inside, ...outside]);
    expect(cal.ignoredOverrides).toEqual(outside);
    expect(cal.isWorkingDay('2012-01-03')).toBe(false);
    expect(cal.isWorkingDay('2040-12-31')).toBe(false);
    expect(cal.dayInfo('2040-12-31')).toMatchObject({
      reason: 'override.off',
      params: { source: 'Order No. 1' },
    });
  });

  it('counts in a year’s status only the owner days that fall in that year', () => {
    const cal = buildCalendar([off('2026-12-31'), off('2027-01-01'), off('2027-06-01')]);
    expect(cal.yearStatus(2026).overrideCount).toBe(1);
    expect(cal.yearStatus(2027).overrideCount).toBe(2);
    expect(cal.yearStatus(2028).overrideCount).toBe(0);
  });

  it('shows an owner’s note only when there is one', () => {
    const cal = buildCalendar([off('2026-06-01'), { ...off('2026-06-02'), note: 'Flood' }]);
    expect(cal.dayInfo('2026-06-01').params).toEqual({ source: 'Order No. 1' });
    expect(cal.dayInfo('2026-06-02').params).toEqual({ source: 'Order No. 1', note: 'Flood' });
  });

  it('marks a year the owner confirmed as confirmed, citing the owner’s source', () => {
    const plain = buildCalendar();
    expect(plain.yearStatus(2030).status).toBe('provisional');
    const cal = buildCalendar([], { confirmedYears: [{ year: 2030, source: 'Order No. 923' }] });
    const status = cal.yearStatus(2030);
    expect(status.status).toBe('confirmed');
    expect(status.sources).toEqual([...plain.yearStatus(2030).sources, 'Order No. 923']);
    expect(status.notes).toContain('confirmed_by_owner');
    expect(cal.dayInfo('2030-03-21').provisional).toBe(false);
    expect(plain.dayInfo('2030-03-21').provisional).toBe(true);
    expect(cal.yearStatus(2031)).toEqual(plain.yearStatus(2031));
  });

  it('refuses a year outside the calendar on the year field', () => {
    const err = thrown(() => buildCalendar().yearStatus(2041));
    expect(err).toBeInstanceOf(RulesError);
    expect(err).toMatchObject({
      code: 'date.out_of_range',
      field: 'year',
      params: { value: '2041', from: '2012-01-01', to: '2040-12-31' },
    });
  });

  it('finds the n-th working day and refuses n that is not a positive whole number', () => {
    const cal = buildCalendar();
    // Monday 6 April 2026 is a working day: the first working day on or after it is itself.
    expect(cal.nthWorkingDay('2026-04-06', 1)).toBe('2026-04-06');
    expect(cal.nthWorkingDay('2026-04-04', 1)).toBe('2026-04-06');
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(() => cal.nthWorkingDay('2026-04-06', n)).toThrow(RangeError);
    }
  });

  it('refuses to count past the last day of the calendar, naming the date and the range', () => {
    const cal = buildCalendar();
    const k = cal.countWorkingDays('2040-12-24', '2040-12-31');
    expect(cal.nthWorkingDay('2040-12-24', k) <= '2040-12-31').toBe(true);
    // A count that would end past the calendar names the start and the last supported day.
    const err = thrown(() => cal.nthWorkingDay('2040-12-24', k + 1));
    expect(err).toMatchObject({
      code: 'date.deadline_out_of_range',
      params: { value: '2040-12-24', to: '2040-12-31' },
    });
    expect(thrown(() => cal.dayInfo('2041-01-01'))).toMatchObject({
      code: 'date.out_of_range',
      params: { value: '2041-01-01', from: '2012-01-01', to: '2040-12-31' },
    });
  });
});
