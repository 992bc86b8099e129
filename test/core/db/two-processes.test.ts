import { spawnScript } from '../../helpers/child-script';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

// Enough writes to interleave on the one file many times over; bounded so the test stays short on a
// loaded 2-core CI runner (80 once ran past two minutes there).
const WRITES = 40;

// One process per desk (the desktop app and web mode, or the CLI) on the same file. Each opens
// the database, says it is ready, and on "go" checks guests in as fast as it can.
const CHILD = `
import readline from 'node:readline';
import { createCore } from ${JSON.stringify(path.resolve('electron/core/core.ts'))};
import { checkInInput, guestEntry } from ${JSON.stringify(path.resolve('test/helpers/check-in.ts'))};
const [file, who] = process.argv.slice(1);
const core = createCore({ dbFile: file });
process.stdout.write('ready\\n');
await new Promise((go) => readline.createInterface({ input: process.stdin }).once('line', go));
const failures = [];
for (let i = 0; i < ${WRITES}; i++) {
  // The test document number is made of the first letters of the names: keep them distinct.
  const givenNames = who + String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26));
  const r = await core.call('stays.checkIn', checkInInput([guestEntry({ surname: 'GUEST', givenNames })], { room: who + i }));
  if (!r.ok) failures.push(r.error.code);
}
core.close();
process.stdout.write(JSON.stringify({ failures }) + '\\n');
`;

function startDesk(file: string, who: string) {
  return spawnScript(CHILD, [file, who]);
}

describe('two processes on one database file', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('both check guests in at the same time and every call succeeds', async () => {
    const file = tmp.file('shared.db');
    const desks = [startDesk(file, 'A'), startDesk(file, 'B')];
    const ready = desks.map((d) => d.nextLine());
    expect(await Promise.all(ready)).toEqual(['ready', 'ready']);
    const reports = desks.map((d) => d.nextLine());
    for (const d of desks) d.child.stdin.end('go\n');
    const results = (await Promise.all(reports)).map(
      (l) => JSON.parse(l) as { failures: string[] },
    );
    expect(await Promise.all(desks.map((d) => d.exited))).toEqual([0, 0]);
    expect(results).toEqual([{ failures: [] }, { failures: [] }]);

    const core = createCore({ dbFile: file });
    try {
      const n = core.db.prepare('SELECT count(*) AS n FROM stays').get() as { n: number };
      expect(n.n).toBe(2 * WRITES);
    } finally {
      core.close();
    }
  }, 240_000);
});
