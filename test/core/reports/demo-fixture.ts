import { createCore, type Core } from '../../../electron/core/core';
import { seedDemo } from '../../../electron/core/demo/seed-demo';
import { tempDir } from '../../helpers/core';

/** The demo hotel on 26 Mar 2026: February is a whole month of notices in every state. */
export const DEMO_NOW = new Date('2026-03-26T07:00:00Z');
export const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' } as const;

export async function demoCore(): Promise<{ core: Core; tmp: ReturnType<typeof tempDir> }> {
  const tmp = tempDir();
  const core = createCore({ dbFile: tmp.file('demo.db'), now: () => DEMO_NOW });
  await seedDemo(core, DEMO_NOW);
  return { core, tmp };
}

/** Counts straight from the tables, to hold the register's arithmetic against. */
export function countsFromDb(core: Core, from: string, to: string) {
  const n = (where: string) =>
    (
      core.db
        .prepare(
          `SELECT count(*) AS n FROM notifications n
           LEFT JOIN filings f ON f.notification_id = n.id AND f.voided_at IS NULL
           WHERE n.kind = 'host_notice' AND n.state != 'cancelled'
             AND n.event_date BETWEEN ? AND ? AND ${where}`,
        )
        .get(from, to) as { n: number }
    ).n;
  return {
    notices: n('1'),
    late: n("n.state = 'filed' AND date(f.filed_at, '+5 hours') > n.due_date"),
    onTime: n("n.state = 'filed' AND date(f.filed_at, '+5 hours') <= n.due_date"),
    overdue: n("n.state = 'pending' AND n.due_date < '2026-03-26'"),
  };
}
