// A ten-year history of a 300-room hotel: the first stays through the API (families, a third
// foreign, returning guests), then the same shape copied back in time in big transactions.
import Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import { keyFileFor, readKey, setChainKey } from '../../electron/core/db/audit/anchor';
import { recordHead } from '../../electron/core/db/audit/head';
import type { GuestEntryInput } from '../../shared/contract';
import { checkInInput, guestEntry } from '../../test/helpers/check-in';
import { createHistoryRepo } from './history-repo';

const COUNTRIES = ['DEU', 'CHN', 'TUR', 'USA', 'KOR', 'GBR', 'FRA', 'IND', 'UZB', 'RUS'];
export const ROOMS = 300;

function person(n: number): GuestEntryInput {
  const foreign = n % 3 === 0;
  const base = guestEntry({
    surname: `GUEST${n}`,
    givenNames: n % 2 ? 'ANNA' : 'PETR',
    citizenship: foreign ? COUNTRIES[n % COUNTRIES.length]! : 'KAZ',
    birthDate: `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
  });
  return { ...base, document: { ...base.document!, number: `B${1_000_000 + n}` } };
}

/** Checks the template in through the API: one stay per room, arrived over the last few days. */
export async function checkInTemplate(core: Core, now: Date): Promise<number> {
  let n = 0;
  for (let room = 1; room <= ROOMS; room += 1) {
    n += 1;
    const guests = [person(n)];
    // Every tenth room a family: a second guest (a child on the parent's document every other).
    if (room % 10 === 0) {
      n += 1;
      guests.push(person(n));
    }
    const arrived = new Date(now.getTime() - (room % 4) * 86_400_000 - 3_600_000);
    const r = await core.call(
      'stays.checkIn',
      checkInInput(guests, { room: String(100 + room), checkInAt: arrived.toISOString() }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  return n;
}

/** Extends the template to `stays` stays, spread over ten years before it. */
export function extendHistory(dbFile: string, stays: number): { stays: number; seconds: number } {
  const t0 = Date.now();
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  // The folder's key, made by the template's first start: every appended row carries its MAC.
  const key = readKey(keyFileFor(dbFile));
  if (!key) throw new Error(`no chain key beside ${dbFile}`);
  const repo = createHistoryRepo(db, key);
  const perCopy = repo.template.stays!;
  const copies = Math.max(0, Math.ceil(stays / perCopy) - 1);
  const batch = 200;
  for (let k = 1; k <= copies; k += batch) {
    repo.transaction(() => {
      for (let c = k; c < Math.min(k + batch, copies + 1); c += 1) {
        repo.copy(c, Math.max(4, Math.round((c * 3650) / Math.max(copies, 1))));
      }
    });
  }
  // The head file moves to the chain's new end, as after the desk's own commits.
  setChainKey(db, key);
  recordHead(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const total = repo.count('stays');
  db.close();
  return { stays: total, seconds: (Date.now() - t0) / 1000 };
}
