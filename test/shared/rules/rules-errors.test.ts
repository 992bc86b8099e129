import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  checkCitizenship,
  computeDeadline,
  isIsoDate,
  isWeekend,
  obligationsFor,
  parseIsoDate,
  RulesError,
  yearOf,
} from '../../../shared/rules';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return 'nothing thrown';
};

describe('rules errors', () => {
  it('carry the name the dispatcher maps, a code, and the field and parameters given', () => {
    const full = new RulesError('date.invalid', {
      field: 'arrival',
      params: { value: '2026-02-30' },
    });
    expect(full.name).toBe('RulesError');
    expect(full.message).toBe('arrival: date.invalid (2026-02-30)');
    expect({ ...full }).toMatchObject({ code: 'date.invalid', field: 'arrival' });
    const bare = new RulesError('citizenship.unknown');
    expect(bare.message).toBe('citizenship.unknown');
    expect([bare.field, bare.params]).toEqual([undefined, undefined]);
    expect(new RulesError('date.invalid', { message: 'custom' }).message).toBe('custom');
  });

  it('name the arrival field when a deadline runs past the calendar', () => {
    expect(thrown(() => computeDeadline(buildCalendar(), '2041-03-01'))).toMatchObject({
      code: 'date.out_of_range',
      field: 'arrival',
      params: { value: '2041-03-01' },
    });
  });

  it('name the event date field when an obligation’s deadline runs past the calendar', () => {
    const err = thrown(() =>
      obligationsFor(
        { event: 'check_in', eventDate: '2041-03-01', citizenship: 'CHN' },
        buildCalendar(),
      ),
    );
    expect(err).toMatchObject({
      code: 'date.out_of_range',
      field: 'eventDate',
      params: { value: '2041-03-01' },
    });
  });

  it('accept an entry on the day of the check-in and refuse one after it, naming both dates', () => {
    const cal = buildCalendar();
    const base = { event: 'check_in' as const, eventDate: '2026-07-10', citizenship: 'RUS' };
    expect(() => obligationsFor({ ...base, entryDate: '2026-07-10' }, cal)).not.toThrow();
    expect(thrown(() => obligationsFor({ ...base, entryDate: '2026-07-11' }, cal))).toMatchObject({
      code: 'date.entry_after_event',
      field: 'entryDate',
      params: { value: '2026-07-11', event: '2026-07-10' },
    });
  });
});

describe('citizenship codes', () => {
  it('are read with spaces and MRZ fillers trimmed, and refused with the code as typed', () => {
    expect(checkCitizenship(' RUS ')).toBe('RUS');
    expect(checkCitizenship('D<<')).toBe('DEU');
    expect(thrown(() => checkCitizenship('R<S'))).toMatchObject({
      code: 'citizenship.unknown',
      field: 'citizenship',
      params: { value: 'R<S' },
    });
  });
});

describe('date helpers', () => {
  it('tell a real calendar date, a weekend and a year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('0999-01-01')).toBe(false);
    expect(() => parseIsoDate('1000-01-01')).not.toThrow();
    expect(['2026-04-04', '2026-04-05', '2026-04-06'].map(isWeekend)).toEqual([true, true, false]);
    expect(isWeekend('2026-04-10')).toBe(false);
    expect(yearOf('2026-04-06')).toBe(2026);
  });
});
