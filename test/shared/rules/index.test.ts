import { describe, expect, it } from 'vitest';
import * as rules from '../../../shared/rules';

describe('shared/rules public API', () => {
  it('re-exports what the rest of the app imports', () => {
    for (const name of [
      'parseIsoDate',
      'toDayNumber',
      'fromDayNumber',
      'addDays',
      'weekday',
      'RulesError',
      'kzDateOf',
      'endOfKzDay',
      'kzNowParts',
      'buildCalendar',
      'REASON_KEYS',
      'computeDeadline',
      'deadlineStatus',
      'obligationsFor',
      'DEFAULT_RULE_SETTINGS',
      'RULE_SETS',
      'fineFor',
      'article48Warning',
    ]) {
      expect(rules, name).toHaveProperty(name);
    }
  });

  it('works end to end for the seed example', () => {
    const cal = rules.buildCalendar();
    expect(rules.computeDeadline(cal, rules.parseIsoDate('2026-04-05')).deadline).toBe(
      '2026-04-08',
    );
  });
});
