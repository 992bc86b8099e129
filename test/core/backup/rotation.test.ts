import { describe, expect, it } from 'vitest';
import { rotate, type BackupKind } from '../../../electron/core/db/backup/rotation';

const at = (iso: string, kind?: BackupKind) => ({ name: iso, takenAt: new Date(iso), kind });
const NOW = new Date('2027-01-01T00:00:00Z');

/** One backup a day at 15:00 Almaty (10:00 UTC) for `days` days up to `last`. */
function daily(last: string, days: number) {
  const end = new Date(`${last}T10:00:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => at(new Date(end - i * 86_400_000).toISOString()));
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps everything while there are fewer backups than any limit', () => {
    const b = daily('2026-03-22', 3);
    expect(rotate(b, NOW)).toEqual({ keep: b.map((x) => x.name), drop: [] });
  });

  it('keeps the newest of each day: several starts on one day leave one', () => {
    const { keep, drop } = rotate(
      [at('2026-03-23T03:00:00Z'), at('2026-03-23T09:00:00Z'), at('2026-03-23T18:00:00Z')],
      NOW,
    );
    expect(keep).toEqual(['2026-03-23T18:00:00Z']);
    expect(drop).toEqual(['2026-03-23T09:00:00Z', '2026-03-23T03:00:00Z']);
  });

  it('counts days in Kazakhstan time: 20:00 UTC is already the next day in Almaty', () => {
    const { keep } = rotate([at('2026-03-23T18:59:00Z'), at('2026-03-23T19:00:00Z')], NOW);
    expect(keep).toEqual(['2026-03-23T19:00:00Z', '2026-03-23T18:59:00Z']);
  });

  it('after a year of daily backups keeps 7 days, 4 weeks and 12 months, no more', () => {
    const all = daily('2026-12-31', 400);
    const { keep, drop } = rotate(all, NOW);
    expect(keep.length + drop.length).toBe(400);
    expect(keep.map((k) => k.slice(0, 10))).toEqual([
      // the 7 newest days
      '2026-12-31',
      '2026-12-30',
      '2026-12-29',
      '2026-12-28',
      '2026-12-27',
      '2026-12-26',
      '2026-12-25',
      // the newest of the weeks starting Monday 14 and 7 December (28 and 21 are kept already)
      '2026-12-20',
      '2026-12-13',
      // the newest of each of the 12 months (December's is kept already)
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
    ]);
  });

  it('keeps every backup someone asked for, however many were taken that day', () => {
    const { keep, drop } = rotate(
      [
        at('2026-12-20T09:00:00.000Z', 'manual'),
        at('2026-12-20T09:00:00.700Z', 'manual'),
        at('2026-12-20T09:00:01.400Z', 'pre-purge'),
        at('2026-12-20T09:00:01.500Z', 'pre-restore'),
        at('2026-12-20T10:00:00.000Z'),
        at('2026-12-20T11:00:00.000Z'),
      ],
      NOW,
    );
    expect(drop).toEqual(['2026-12-20T10:00:00.000Z']);
    expect(keep).toHaveLength(5);
  });

  it('lets an asked-for backup go only past its own expiry, a year after it was taken', () => {
    const { keep, drop } = rotate(
      [at('2026-01-02T00:00:00Z', 'manual'), at('2025-12-31T23:59:00Z', 'manual')],
      NOW,
    );
    expect(keep).toEqual(['2026-01-02T00:00:00Z']);
    expect(drop).toEqual(['2025-12-31T23:59:00Z']);
  });
});
