import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

// A child process saves, reports success, and is killed at once (no close, no checkpoint):
// what it acknowledged must be there when the database is opened again.
const CHILD = `
import { createCore } from ${JSON.stringify(path.resolve('electron/core/core.ts'))};
const core = createCore({ dbFile: process.argv[1] });
const r = await core.call('hotel.save', { name: 'Acknowledged', bin: '', address: '', region: '', businessSize: 'small' });
process.stdout.write(r.ok ? 'saved\\n' : 'failed\\n');
process.kill(process.pid, 'SIGKILL');
`;

describe('durability', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('keeps an acknowledged write when the process is killed right after it', () => {
    const file = tmp.file('crash.db');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD, file],
      {
        encoding: 'utf8',
      },
    );
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('saved\n');
    const core = createCore({ dbFile: file });
    try {
      expect(core.repos.hotel.get()?.name).toBe('Acknowledged');
    } finally {
      core.close();
    }
  });
});
