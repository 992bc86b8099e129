import { describe, expect, it } from 'vitest';
import { touchTime } from '../../renderer/features/desk/touch-time';

describe('the time a desk last heard from its host (issue 22)', () => {
  const now = new Date('2026-03-20T18:00:00Z'); // 23:00 in Kazakhstan
  it('is the time alone on the same day, in Kazakhstan time whatever the PC’s zone', () => {
    expect(touchTime(new Date('2026-03-20T17:41:00Z'), 'ru', now)).toBe('22:41');
    expect(touchTime(new Date('2026-03-20T17:41:00Z'), 'kk', now)).toBe('22:41');
  });
  it('names the day when it was another one, in the reader’s language', () => {
    const at = new Date('2026-03-19T17:41:00Z');
    expect(touchTime(at, 'en', now)).toMatch(/^19 Mar.*22:41$/);
    expect(touchTime(at, 'ru', now)).toMatch(/^19 мар.*22:41$/);
    expect(touchTime(at, 'kk', now)).toMatch(/^19 .*22:41$/);
    // 00:30 on the 20th in Kazakhstan is still the 19th in UTC: the same day as now, there.
    expect(touchTime(new Date('2026-03-19T19:30:00Z'), 'en', now)).toBe('00:30');
  });
});
