import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { computeDeadline } from '../../../shared/rules/deadline';
import { traceLine } from './helpers';

const cal = buildCalendar();
const deadlineOf = (arrival: string) => computeDeadline(cal, arrival).deadline;

describe('seed 000 examples', () => {
  it('gives Wednesday for an arrival on Sunday', () => {
    expect(deadlineOf('2026-04-05')).toBe('2026-04-08');
  });

  it('gives Wednesday for an arrival on Monday: the arrival day counts', () => {
    expect(deadlineOf('2026-04-06')).toBe('2026-04-08');
  });
});

describe('computeDeadline', () => {
  it('counts the arrival day when it is a working day', () => {
    expect(traceLine(computeDeadline(cal, '2026-04-06'))).toEqual([
      '2026-04-06+working_day',
      '2026-04-07+working_day',
      '2026-04-08+working_day',
    ]);
  });

  it('skips the weekend after a Friday arrival', () => {
    expect(traceLine(computeDeadline(cal, '2026-04-03'))).toEqual([
      '2026-04-03+working_day',
      '2026-04-04-weekend.saturday',
      '2026-04-05-weekend.sunday',
      '2026-04-06+working_day',
      '2026-04-07+working_day',
    ]);
  });

  it('ends at 23:59:59 Kazakh time on the deadline day', () => {
    expect(computeDeadline(cal, '2026-04-06').deadlineAt).toBe('2026-04-08T23:59:59+05:00');
  });

  it('skips Nauryz and its substitutes, saying why', () => {
    expect(traceLine(computeDeadline(cal, '2026-03-20'))).toEqual([
      '2026-03-20+working_day',
      '2026-03-21-holiday.nauryz',
      '2026-03-22-holiday.nauryz',
      '2026-03-23-holiday.nauryz',
      '2026-03-24-substitute',
      '2026-03-25-substitute',
      '2026-03-26+working_day',
      '2026-03-27+working_day',
    ]);
    expect(computeDeadline(cal, '2026-03-20').trace[4]!.params).toEqual({
      date: '2026-03-21',
      holiday: 'holiday.nauryz',
    });
  });

  it('skips a day off moved by the Ministry', () => {
    expect(traceLine(computeDeadline(cal, '2024-05-06'))).toEqual([
      '2024-05-06+working_day',
      '2024-05-07-holiday.defender_day',
      '2024-05-08-transfer',
      '2024-05-09-holiday.victory_day',
      '2024-05-10+working_day',
      '2024-05-11-weekend.saturday',
      '2024-05-12-weekend.sunday',
      '2024-05-13+working_day',
    ]);
  });

  it('counts the worked Saturday 2024-05-04', () => {
    expect(traceLine(computeDeadline(cal, '2024-05-03'))).toEqual([
      '2024-05-03+working_day',
      '2024-05-04+working_weekend',
      '2024-05-05-weekend.sunday',
      '2024-05-06+working_day',
    ]);
  });

  it('counts the worked Sunday 2025-01-05 and skips 7 January', () => {
    expect(traceLine(computeDeadline(cal, '2025-01-04'))).toEqual([
      '2025-01-04-weekend.saturday',
      '2025-01-05+working_weekend',
      '2025-01-06+working_day',
      '2025-01-07-holiday.orthodox_christmas',
      '2025-01-08+working_day',
    ]);
  });

  it('gives no extra day off after Orthodox Christmas on a Sunday', () => {
    expect(deadlineOf('2024-01-06')).toBe('2024-01-10');
  });

  it('runs across the new year', () => {
    expect(deadlineOf('2025-12-31')).toBe('2026-01-06');
    expect(deadlineOf('2024-12-31')).toBe('2025-01-06'); // 2025-01-03 moved, 2025-01-05 worked
    const r = computeDeadline(cal, '2026-12-31');
    expect(r.deadline).toBe('2027-01-06');
    expect(r.calendar).toBe('provisional');
  });

  it('counts 31 August 2026, no longer the Constitution Day substitute', () => {
    expect(deadlineOf('2025-08-29')).toBe('2025-09-03');
    expect(deadlineOf('2026-08-28')).toBe('2026-09-01');
  });

  it('skips Constitution Day on 15 March 2027', () => {
    expect(computeDeadline(cal, '2027-03-12').trace.map((t) => t.reason)).toContain(
      'holiday.constitution_day',
    );
    expect(deadlineOf('2027-03-12')).toBe('2027-03-17');
    expect(deadlineOf('2026-03-13')).toBe('2026-03-17');
  });
});

describe('provisional deadlines', () => {
  it('is confirmed when every day of the trace is', () => {
    expect(computeDeadline(cal, '2026-05-20')).toMatchObject({
      deadline: '2026-05-22',
      calendar: 'confirmed',
    });
  });

  it('is provisional when the trace crosses the Kurban Ait forecast', () => {
    const r = computeDeadline(cal, '2026-05-25');
    expect(r).toMatchObject({ deadline: '2026-05-28', calendar: 'provisional' });
    expect(r.trace.find((t) => t.date === '2026-05-27')).toMatchObject({
      reason: 'holiday.kurban_ait',
      provisional: true,
    });
  });

  it('is provisional when the forecast could still move onto the deadline day', () => {
    expect(computeDeadline(cal, '2026-05-22')).toMatchObject({
      deadline: '2026-05-26',
      calendar: 'provisional',
    });
  });

  it('is provisional in a generated year', () => {
    expect(computeDeadline(cal, '2031-06-02').calendar).toBe('provisional');
  });
});

describe('overrides in deadlines', () => {
  it('pushes a deadline when a day is made off, showing the source in the trace', () => {
    const c = buildCalendar([
      { date: '2026-04-07', working: false, source: 'Government order No. 5' },
    ]);
    const r = computeDeadline(c, '2026-04-06');
    expect(r.deadline).toBe('2026-04-09');
    expect(r.trace[1]).toEqual({
      date: '2026-04-07',
      counted: false,
      reason: 'override.off',
      params: { source: 'Government order No. 5' },
      provisional: false,
      source: 'Government order No. 5',
    });
  });

  it('pulls a deadline when a day off is made working', () => {
    const c = buildCalendar([{ date: '2026-03-24', working: true, source: 'Order No. 7' }]);
    const r = computeDeadline(c, '2026-03-21');
    expect(r.deadline).toBe('2026-03-27');
    expect(r.trace.find((t) => t.date === '2026-03-24')).toMatchObject({
      counted: true,
      reason: 'override.working',
      source: 'Order No. 7',
    });
    expect(deadlineOf('2026-03-21')).toBe('2026-03-30');
  });
});

describe('other counts and bad input', () => {
  it('takes the number of working days from the rule set', () => {
    expect(computeDeadline(cal, '2026-04-06', { workingDays: 5 }).deadline).toBe('2026-04-10');
  });

  it('names the arrival field for an impossible date', () => {
    expect(() => computeDeadline(cal, '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'date.invalid', field: 'arrival' }),
    );
  });

  it('names the arrival field when the deadline would fall outside the calendar', () => {
    // 2040-12-30 is inside the calendar; its deadline is not, and the error says so.
    expect(() => computeDeadline(cal, '2040-12-30')).toThrow(
      expect.objectContaining({
        code: 'date.deadline_out_of_range',
        field: 'arrival',
        params: { value: '2040-12-30', to: '2040-12-31' },
      }),
    );
    expect(() => computeDeadline(cal, '2011-06-01')).toThrow(
      expect.objectContaining({ code: 'date.out_of_range', field: 'arrival' }),
    );
  });
});
