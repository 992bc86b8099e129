import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  endOfKzDay,
  kzClockOf,
  kzDateOf,
  kzNowParts,
  startOfKzDay,
} from '../../../shared/rules/kz-time';

describe('Kazakhstan time (UTC+5, domain.md §2)', () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env['TZ'];
    // A PC set to New York must not change the Kazakh date.
    process.env['TZ'] = 'America/New_York';
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  it('changes the date at 19:00 UTC, which is midnight in Kazakhstan', () => {
    expect(kzDateOf(new Date('2026-03-25T18:59:59Z'))).toBe('2026-03-25');
    expect(kzDateOf(new Date('2026-03-25T19:00:00Z'))).toBe('2026-03-26');
  });

  it('uses +05:00 even for instants written with another offset', () => {
    expect(kzDateOf(new Date('2026-03-26T01:00:00+06:00'))).toBe('2026-03-26');
    expect(kzDateOf(new Date('2026-03-25T23:30:00+03:00'))).toBe('2026-03-26');
  });

  it('writes the end of a Kazakh day with the +05:00 offset', () => {
    expect(endOfKzDay('2026-03-26')).toBe('2026-03-26T23:59:59+05:00');
    expect(new Date(endOfKzDay('2026-03-26')).toISOString()).toBe('2026-03-26T18:59:59.000Z');
    expect(startOfKzDay('2026-03-26').toISOString()).toBe('2026-03-25T19:00:00.000Z');
  });

  it('splits now into Kazakh clock parts', () => {
    expect(kzNowParts(new Date('2026-03-22T20:05:09Z'))).toEqual({
      date: '2026-03-23',
      year: 2026,
      month: 3,
      day: 23,
      hour: 1,
      minute: 5,
      second: 9,
      weekday: 1,
      iso: '2026-03-23T01:05:09+05:00',
    });
  });

  it('reads the Kazakh wall clock as HH:MM, the same as the parts say, across midnight', () => {
    for (let ms = Date.UTC(1969, 11, 31, 18); ms < Date.UTC(2027, 0, 2); ms += 7_777_777) {
      const at = new Date(ms);
      expect(kzClockOf(at)).toBe(kzNowParts(at).iso.slice(11, 16));
    }
    expect(kzClockOf(new Date('2026-03-22T19:00:00Z'))).toBe('00:00');
    expect(kzClockOf(new Date('2026-03-22T18:59:59.999Z'))).toBe('23:59');
  });

  it('refuses an invalid instant', () => {
    expect(() => kzClockOf(new Date('nope'))).toThrow(TypeError);
    expect(() => kzDateOf(new Date('nope'))).toThrow(TypeError);
  });
});
