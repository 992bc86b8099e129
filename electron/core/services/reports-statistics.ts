import type { LateCost, RegisterRow, ReportRange, Statistics } from '../../../shared/contract';
import {
  addDays,
  addYearsClamped,
  art518PartFor,
  article48Warning,
  fineFor,
  yearOf,
  type BusinessSize,
} from '../../../shared/rules';
import type { ReportRepo } from '../db/repos/report-repo';
import { registerTotals } from './reports-register';

interface LateNotice {
  notificationId: number;
  lateOn: string;
}

/**
 * What lateness would cost if each late notice were fined (domain.md §6, Art. 518): part 1 at
 * the year's MCI for the hotel's size, part 3 when it repeats within a year of an earlier one.
 * A penalty is dated to the first late day (the day after the deadline): the earliest it could
 * be imposed. That errs towards warning the owner, never towards reassuring them.
 */
export function lateCosts(
  late: LateNotice[],
  inRange: Set<number>,
  size: BusinessSize,
): LateCost[] {
  const sorted = [...late].sort((a, b) => a.lateOn.localeCompare(b.lateOn));
  const out: LateCost[] = [];
  sorted.forEach((n, i) => {
    if (!inRange.has(n.notificationId)) return;
    const part = art518PartFor(
      n.lateOn,
      sorted.slice(0, i).map((p) => p.lateOn),
    );
    const fine = fineFor({ part, size, year: yearOf(n.lateOn) });
    out.push({
      notificationId: n.notificationId,
      lateOn: n.lateOn,
      part,
      mci: fine.mci,
      tenge: fine.tenge,
      mciYear: fine.mciYearUsed,
      estimated: fine.estimated,
    });
  });
  return out;
}

/** The register's totals place by place, in the places' order (their names as they are now). */
export function perPlace(
  rows: RegisterRow[],
  places: readonly string[],
): NonNullable<Statistics['byPlace']> {
  return places.map((place) => ({
    place,
    totals: registerTotals(rows.filter((r) => r.place === place)),
  }));
}

export function statistics(args: {
  range: ReportRange;
  rows: RegisterRow[];
  repo: ReportRepo;
  size: BusinessSize;
  today: string;
  /** The host's places' names: with two or more, the totals come per place too. */
  places?: readonly string[];
}): Statistics {
  const { range, rows, repo, size, today, places } = args;
  const totals = registerTotals(rows);
  const months = new Map<string, Statistics['perMonth'][number]>();
  for (const r of rows) {
    const month = r.eventDate.slice(0, 7);
    const m = months.get(month) ?? { month, onTime: 0, late: 0, overdue: 0, open: 0 };
    if (r.timeliness === 'on_time') m.onTime += 1;
    else if (r.timeliness === 'late') m.late += 1;
    else if (r.timeliness === 'overdue') m.overdue += 1;
    else m.open += 1;
    months.set(month, m);
  }
  const known = totals.onTime + totals.late + totals.overdue;
  // Repeats look back a year before the range, and Art. 48 a year before today.
  const lookFrom = addYearsClamped(range.from < today ? range.from : today, -1);
  const late = repo
    .deadlinesSince(addDays(lookFrom, -1), today)
    .filter((n) => (n.filedDate ? n.filedDate > n.dueDate : n.state === 'pending'))
    .map((n) => ({ notificationId: n.notificationId, lateOn: addDays(n.dueDate, 1) }));
  const inRange = new Set(
    rows
      .filter((r) => r.timeliness === 'late' || r.timeliness === 'overdue')
      .map((r) => r.notificationId),
  );
  const costs = lateCosts(late, inRange, size);
  const priced = costs.filter((c) => c.tenge !== null);
  return {
    range,
    totals,
    byCitizenship: repo.byCitizenship(range.from, range.to),
    byPurpose: repo.byPurpose(range.from, range.to),
    ...(places && places.length > 1 ? { byPlace: perPlace(rows, places) } : {}),
    perMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    onTimeRate: known === 0 ? null : totals.onTime / known,
    businessSize: size,
    lateCosts: costs,
    totalTenge: priced.length === 0 ? null : priced.reduce((s, c) => s + c.tenge!, 0),
    warningsOnly: costs.filter((c) => c.mci === null).length,
    article48: article48Warning(
      late.map((n) => n.lateOn).filter((d) => d <= today),
      today,
    ),
  };
}
