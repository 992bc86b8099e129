import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/rules/calendar';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/rules/dates';
import { computeDeadline, computeDue } from '../../../shared/rules/deadline';

const cal = buildCalendar();
const FROM = toDayNumber('2024-01-01');
const TO = toDayNumber('2035-12-31');
const arrival = fc.integer({ min: FROM, max: TO }).map(fromDayNumber);

describe('deadline properties over arrivals 2024-01-01..2035-12-31', () => {
  it('reads the same date and provisional mark from the indexes as from the trace', () => {
    const wide = fc.integer({ min: toDayNumber('2012-01-01'), max: TO }).map(fromDayNumber);
    fc.assert(
      fc.property(wide, fc.integer({ min: 1, max: 7 }), (a, workingDays) => {
        const { trace: _trace, ...full } = computeDeadline(cal, a, { workingDays });
        expect(computeDue(cal, a, { workingDays })).toEqual(full);
      }),
      { numRuns: 1000 },
    );
  });

  it('is never before the arrival and never on a non-working day', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        const r = computeDeadline(cal, a);
        expect(r.deadline >= a).toBe(true);
        expect(cal.isWorkingDay(r.deadline)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('has a trace of consecutive days from arrival to deadline with exactly three counted', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        const { trace, deadline } = computeDeadline(cal, a);
        expect(trace[0]!.date).toBe(a);
        expect(trace.at(-1)!.date).toBe(deadline);
        expect(trace.at(-1)!.counted).toBe(true);
        trace.slice(1).forEach((t, i) => expect(t.date).toBe(addDays(trace[i]!.date, 1)));
        expect(trace.filter((t) => t.counted)).toHaveLength(3);
      }),
      { numRuns: 500 },
    );
  });

  it('never moves earlier when the arrival moves later', () => {
    fc.assert(
      fc.property(arrival, fc.integer({ min: 0, max: 60 }), (a, shift) => {
        const later = addDays(a, shift);
        fc.pre(later <= '2035-12-31');
        expect(computeDeadline(cal, later).deadline >= computeDeadline(cal, a).deadline).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(arrival, (a) => {
        let d = a;
        let counted = 0;
        for (;;) {
          if (cal.isWorkingDay(d) && ++counted === 3) break;
          d = addDays(d, 1);
        }
        expect(computeDeadline(cal, a).deadline).toBe(d);
      }),
      { numRuns: 300 },
    );
  });
});
