import { describe, expect, it } from 'vitest';
import * as rules from '../../../shared/rules';

// What the rest of the app imports is checked by the compiler; this proves the public entry
// point computes a deadline and its trace end to end.
describe('shared/rules public API', () => {
  it('gives a Sunday 5 April 2026 arrival the deadline of Wednesday 8 April', () => {
    const cal = rules.buildCalendar();
    const result = rules.computeDeadline(cal, rules.parseIsoDate('2026-04-05'));
    expect(result.deadline).toBe('2026-04-08');
    expect(result.trace.filter((d) => d.counted).map((d) => d.date)).toEqual([
      '2026-04-06',
      '2026-04-07',
      '2026-04-08',
    ]);
  });
});
