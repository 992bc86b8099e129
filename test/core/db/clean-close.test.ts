import Database from 'better-sqlite3';
import { spawnScript } from '../../helpers/child-script';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/contract';
import { createCore } from '../../../electron/core/core';
import { cleanStampPath } from '../../../electron/core/db/clean-close';
import { closeDatabase, openDatabase } from '../../../electron/core/db/connection';
import { tempDir } from '../../helpers/core';

type Check = 'quick_check' | 'clean_close' | 'deferred';

/** Opens the file and says which integrity check the open made; closes cleanly unless told. */
function checkAtOpen(file: string, close: (db: Database.Database) => void = closeDatabase): Check {
  let check: Check | undefined;
  const db = openDatabase(file, { onIntegrityCheck: (c) => (check = c) });
  close(db);
  if (!check) throw new Error('the open reported no check');
  return check;
}

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppFailure ? err.error.code : `not an AppFailure: ${String(err)}`;
  }
  return undefined;
};

/** A database with some history, closed by the core as the app closes it. */
async function cleanlyClosedDatabase(
  file: string,
): Promise<{ pageSize: number; guestsRoot: number }> {
  const core = createCore({ dbFile: file });
  for (let i = 0; i < 20; i++) {
    const r = await core.call('settings.setLanguage', { language: i % 2 ? 'kk' : 'ru' });
    expect(r.ok).toBe(true);
  }
  const pageSize = core.db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = core.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'guests'")
    .get() as { rootpage: number };
  core.close();
  return { pageSize, guestsRoot: rootpage };
}

/** A torn or bit-rotted page: overwritten with junk, as the file-ownership test does. */
function corruptPage(file: string, page: number, pageSize: number): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

// Another process on the same file (the CLI beside the desktop app): it opens a core, then obeys
// "write", "close" (as the app closes) or "crash" (exits without closing anything).
const CHILD = `
import readline from 'node:readline';
import { createCore } from ${JSON.stringify(path.resolve('electron/core/core.ts'))};
const core = createCore({ dbFile: process.argv[1] });
process.stdout.write('ready\\n');
let n = 0;
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line === 'crash') process.exit(0);
  if (line === 'close') { core.close(); process.stdout.write('closed\\n'); process.exit(0); }
  const r = await core.call('settings.setLanguage', { language: n++ % 2 ? 'kk' : 'ru' });
  process.stdout.write((r.ok ? 'written' : r.error.code) + '\\n');
}
`;

function startProcess(file: string) {
  const { child, nextLine: next, exited } = spawnScript(CHILD, [file]);
  return {
    ready: next(),
    tell: (command: string) => {
      const reply = next();
      child.stdin.write(`${command}\n`);
      return reply;
    },
    crash: async () => {
      child.stdin.write('crash\n');
      expect(await exited).toBe(0);
    },
    exited,
  };
}

describe('skipping the integrity check after a clean close', () => {
  const tmp = tempDir();
  afterEach(() => {
    for (const f of fs.readdirSync(tmp.dir)) fs.rmSync(tmp.file(f), { force: true });
  });
  afterAll(() => tmp.cleanup());

  it('reopens a cleanly closed file without quick_check, and drops the stamp while it is open', async () => {
    const file = tmp.file('hotel.db');
    await cleanlyClosedDatabase(file);
    expect(fs.existsSync(cleanStampPath(file))).toBe(true);
    if (process.platform !== 'win32')
      expect(fs.statSync(cleanStampPath(file)).mode & 0o777).toBe(0o600);

    let stampWhileOpen = true;
    expect(
      checkAtOpen(file, (db) => {
        stampWhileOpen = fs.existsSync(cleanStampPath(file));
        closeDatabase(db);
      }),
    ).toBe('clean_close');
    expect(stampWhileOpen).toBe(false);
    // Closed cleanly again: the next start skips it too.
    expect(checkAtOpen(file)).toBe('clean_close');
  });

  it('checks in full after a crash, and refuses the file as corrupt when a page is damaged', async () => {
    const file = tmp.file('hotel.db');
    const { pageSize, guestsRoot } = await cleanlyClosedDatabase(file);
    const desk = startProcess(file);
    expect(await desk.ready).toBe('ready');
    expect(await desk.tell('write')).toBe('written');
    await desk.crash();
    expect(fs.existsSync(cleanStampPath(file))).toBe(false);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    // Closed the old way (no stamp), as a crash-recovered file that is then damaged on disk.
    expect(checkAtOpen(file, (db) => db.close())).toBe('quick_check');
    expect(fs.existsSync(cleanStampPath(file))).toBe(false);
    corruptPage(file, guestsRoot, pageSize);
    expect(codeOf(() => openDatabase(file))).toBe('db.corrupt');
  }, 60_000);

  it('checks in full when the file was written after the clean close', async () => {
    const file = tmp.file('hotel.db');
    const { pageSize, guestsRoot } = await cleanlyClosedDatabase(file);
    // Another program writes through SQLite, then closes: the stamp no longer matches.
    const other = new Database(file);
    other.prepare("INSERT INTO settings (key, value) VALUES ('other', '1')").run();
    other.close();
    expect(checkAtOpen(file)).toBe('quick_check');

    // One byte appended by anything at all.
    expect(checkAtOpen(file)).toBe('clean_close');
    fs.appendFileSync(file, Buffer.from([0]));
    expect(checkAtOpen(file)).toBe('quick_check');

    // A page damaged right after the clean close, its size unchanged: refused, not skipped.
    expect(checkAtOpen(file)).toBe('clean_close');
    corruptPage(file, guestsRoot, pageSize);
    expect(codeOf(() => openDatabase(file))).toBe('db.corrupt');
  });

  it('checks in full when the stamp does not parse or belongs to another file', async () => {
    const file = tmp.file('hotel.db');
    await cleanlyClosedDatabase(file);
    const stamp = fs.readFileSync(cleanStampPath(file), 'utf8');
    fs.writeFileSync(cleanStampPath(file), stamp.slice(0, -3));
    expect(checkAtOpen(file)).toBe('quick_check');

    // The same bytes under another inode (a copy put in place) are not the file that was closed.
    const copy = tmp.file('copy.db');
    fs.copyFileSync(file, copy);
    fs.renameSync(copy, file);
    fs.writeFileSync(cleanStampPath(file), stamp);
    expect(checkAtOpen(file)).toBe('quick_check');
  });

  it('with two processes on the file, only the last to close stamps it, and a change is never taken for clean', async () => {
    const file = tmp.file('hotel.db');
    await cleanlyClosedDatabase(file);
    const desk = startProcess(file);
    expect(await desk.ready).toBe('ready');
    // The other process's open took the stamp away: this one cannot skip while it runs.
    expect(fs.existsSync(cleanStampPath(file))).toBe(false);

    let stampAfterClose = true;
    expect(
      checkAtOpen(file, (db) => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('here', '1')").run();
        closeDatabase(db);
        stampAfterClose = fs.existsSync(cleanStampPath(file));
      }),
    ).toBe('quick_check');
    // Closed while the other process still has the file open: no stamp from this one.
    expect(stampAfterClose).toBe(false);

    // The other process writes after that close and crashes: the next open checks in full.
    expect(await desk.tell('write')).toBe('written');
    await desk.crash();
    expect(checkAtOpen(file)).toBe('quick_check');

    // Now the other process is the last to close, cleanly: its stamp holds for the next open.
    const last = startProcess(file);
    expect(await last.ready).toBe('ready');
    expect(await last.tell('write')).toBe('written');
    expect(await last.tell('close')).toBe('closed');
    expect(await last.exited).toBe(0);
    expect(checkAtOpen(file)).toBe('clean_close');
  }, 90_000);
});
