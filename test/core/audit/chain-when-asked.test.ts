import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { chainInThread } from '../../../electron/core/db/backup/backup-thread';
import { hotel, now, tamper } from '../../helpers/audit-chain';
import { tempDir, value } from '../../helpers/core';

// Issue 21: a command that only reads (the CLI's export) opens without walking the chain; the
// walk happens once something asks for the chain's state, and then exactly once.
describe('the audit chain walked only when asked', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('walks at open by default, so asking later walks nothing more', async () => {
    const file = tmp.file('at-open.db');
    await hotel(file, 1);
    const walk = vi.fn(chainInThread);
    const core = createCore({ dbFile: file, now: () => now, chainWalk: walk });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: true });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: true });
    expect(walk).toHaveBeenCalledTimes(1);
    core.close();
  });

  it('with `when-asked`, walks at the first ask and reports a broken chain then', async () => {
    const file = tmp.file('when-asked.db');
    await hotel(file, 2);
    tamper(file, `UPDATE audit_log SET details = '{"forged":true}' WHERE id = 3`);
    const walk = vi.fn(chainInThread);
    const core = createCore({
      dbFile: file,
      now: () => now,
      chainCheck: 'when-asked',
      chainWalk: walk,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(walk).not.toHaveBeenCalled();
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, firstBadRow: 3 });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, firstBadRow: 3 });
    expect(walk).toHaveBeenCalledTimes(1);
    core.close();
  });
});
