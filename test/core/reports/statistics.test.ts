import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { lateCosts } from '../../../electron/core/services/reports-statistics';
import type { RegisterView, Statistics } from '../../../shared/contract';
import { value, type tempDir } from '../../helpers/core';
import { demoCore } from './demo-fixture';

describe('what lateness costs (Art. 518) and the Art. 48 warning', () => {
  it('fines the first late notice under part 1 and a repeat within a year under part 3', () => {
    const costs = lateCosts(
      [
        { notificationId: 1, lateOn: '2025-03-08' },
        { notificationId: 2, lateOn: '2026-03-09' },
        { notificationId: 3, lateOn: '2026-03-11' },
      ],
      new Set([1, 2, 3]),
      'small',
    );
    expect(costs.map((c) => [c.part, c.mci, c.tenge])).toEqual([
      [1, 10, 10 * 3932],
      [1, 10, 10 * 4325],
      [3, 40, 40 * 4325],
    ]);
  });

  it('gives an individual a warning for a first late notice, and prices the repeat', () => {
    const costs = lateCosts(
      [
        { notificationId: 1, lateOn: '2026-01-10' },
        { notificationId: 2, lateOn: '2026-02-10' },
      ],
      new Set([1, 2]),
      'individual',
    );
    expect(costs[0]).toMatchObject({ part: 1, mci: null, tenge: null });
    expect(costs[1]).toMatchObject({ part: 3, mci: 30, tenge: 30 * 4325 });
  });

  it('marks a fine estimated when the year’s MCI is not known yet', () => {
    const [c] = lateCosts([{ notificationId: 1, lateOn: '2027-02-01' }], new Set([1]), 'large');
    expect(c).toMatchObject({ part: 1, mci: 20, tenge: 20 * 4325, mciYear: 2026, estimated: true });
  });

  it('prices only the notices of the range, counting earlier ones as repeats', () => {
    const costs = lateCosts(
      [
        { notificationId: 1, lateOn: '2026-01-10' },
        { notificationId: 2, lateOn: '2026-02-10' },
      ],
      new Set([2]),
      'medium',
    );
    expect(costs).toEqual([expect.objectContaining({ notificationId: 2, part: 3, mci: 70 })]);
  });
});

describe('statistics of the demo hotel', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  // Seeding the demo hotel through the API takes a while on a busy machine.
  beforeAll(async () => ({ core, tmp } = await demoCore()), 120_000);
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  it('adds up guests, months and costs from the register of the same range', async () => {
    const range = { from: '2026-01-01', to: '2026-03-31' };
    const stats = await value<Statistics>(core, 'reports.statistics', range);
    const register = await value<RegisterView>(core, 'reports.register', range);
    expect(stats.totals).toEqual(register.totals);
    const stays = (
      core.db
        .prepare(
          "SELECT count(*) AS n FROM stays WHERE status != 'cancelled' AND check_in_date BETWEEN ? AND ?",
        )
        .get(range.from, range.to) as { n: number }
    ).n;
    expect(stats.byCitizenship.reduce((s, c) => s + c.count, 0)).toBe(stays);
    expect(stats.byPurpose.reduce((s, c) => s + c.count, 0)).toBe(stays);
    expect(stats.perMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const late = register.totals.late + register.totals.overdue;
    expect(stats.lateCosts).toHaveLength(late);
    expect(stats.totalTenge).toBe(stats.lateCosts.reduce((s, c) => s + (c.tenge ?? 0), 0));
    expect(stats.onTimeRate).toBeCloseTo(register.totals.onTime / (register.totals.onTime + late));
    // The demo has more than two late notices in the last twelve months.
    expect(stats.article48).toBe(true);
  });

  it('refuses a range whose end is before its start', async () => {
    const r = await core.call('reports.statistics', { from: '2026-03-01', to: '2026-02-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } });
  });
});
