import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/connection';
import { tempDir } from '../../helpers/core';
import type * as SchemaCheck from '../../../electron/core/db/schema-check';

// Between two of the open's reads, another process finishes migrating the same file.
const between = vi.hoisted(() => ({ run: null as null | (() => void) }));
vi.mock('../../../electron/core/db/schema-check', async (original) => {
  const real = await original<typeof SchemaCheck>();
  return {
    ...real,
    schemaDifferences: (...args: Parameters<typeof real.schemaDifferences>) => {
      const run = between.run;
      between.run = null;
      run?.();
      return real.schemaDifferences(...args);
    },
  };
});

describe('opening a file another process is migrating', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reads its version and its schema from one snapshot, and opens the healthy file', () => {
    const file = tmp.file('new.db');
    // A desk has just created the file (in WAL mode, not yet migrated) when a second one opens it.
    const first = new Database(file);
    first.pragma('journal_mode = WAL');
    first.close();
    // Closed without the clean-close checkpoint, which would wait on the reader's snapshot.
    between.run = () => openDatabase(file).close();

    const second = openDatabase(file);
    try {
      expect(between.run).toBeNull();
      const staff = second.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'staff'");
      expect((staff.get() as { n: number }).n).toBe(1);
    } finally {
      closeDatabase(second);
    }
  });
});
