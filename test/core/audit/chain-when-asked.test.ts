import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/core';
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
    const core = createCore({ dbFile: file, now: () => now });
    const walk = vi.spyOn(core.repos.audit, 'verifyInSteps');
    expect(await value(core, 'audit.status')).toMatchObject({ ok: true });
    expect(walk).not.toHaveBeenCalled();
    core.close();
  });

  it('with `when-asked`, walks at the first ask and reports a broken chain then', async () => {
    const file = tmp.file('when-asked.db');
    await hotel(file, 2);
    tamper(file, `UPDATE audit_log SET details = '{"forged":true}' WHERE id = 3`);
    const core = createCore({ dbFile: file, now: () => now, chainCheck: 'when-asked' });
    const walk = vi.spyOn(core.repos.audit, 'verifyInSteps');
    expect(walk).not.toHaveBeenCalled();
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, firstBadRow: 3 });
    expect(await value(core, 'audit.status')).toMatchObject({ ok: false, firstBadRow: 3 });
    expect(walk).toHaveBeenCalledTimes(1);
    core.close();
  });
});
