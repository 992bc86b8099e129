import type { DeadlineResult } from '../../../shared/rules/deadline';

/** A trace as `date:reason` for counted days and `date-reason` for skipped ones, easy to compare. */
export function traceLine(result: DeadlineResult): string[] {
  return result.trace.map((t) => `${t.date}${t.counted ? '+' : '-'}${t.reason}`);
}

/** Every date from `from` to `to` inclusive, without Date objects in the loop body's logic. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
