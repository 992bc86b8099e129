// Figures for methods other branches add (guest history search, register exports, audit chain
// verification): measured when the contract has the method, skipped with a note otherwise.
import type { Core } from '../../electron/core/core';
import { contract } from '../../shared/contract';
import { paired, record } from '../lib/measure';

const has = (name: string) => Object.prototype.hasOwnProperty.call(contract, name);

export async function optionalFigures(core: Core, today: string, runs: number) {
  const call = core.call as (m: string, i: unknown) => Promise<{ ok: boolean; error?: unknown }>;
  const run = async (m: string, input: unknown) => {
    const r = await call(m, input);
    if (!r.ok) throw new Error(`${m}: ${JSON.stringify(r.error)}`);
  };
  if (has('guests.history')) {
    await paired(
      'guest history search ("GUEST15")',
      runs,
      () => run('guests.history', { query: 'GUEST15' }),
      null,
    );
  } else console.log('  (guest history search: no guests.history method on this branch yet)');
  for (const format of ['xlsx', 'csv'] as const) {
    if (has('reports.exportRegister')) {
      const t0 = process.hrtime.bigint();
      await run('reports.exportRegister', { month: today.slice(0, 7), format });
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      record(`register month exported as ${format.toUpperCase()}`, s * 1000, 'ms');
    } else console.log(`  (register export ${format}: no reports.exportRegister method yet)`);
  }
  if (has('audit.verify')) {
    const t0 = process.hrtime.bigint();
    await run('audit.verify', {});
    record('audit chain verification', Number(process.hrtime.bigint() - t0) / 1e6, 'ms');
  } else console.log('  (audit chain verification: no audit.verify method yet)');
}
