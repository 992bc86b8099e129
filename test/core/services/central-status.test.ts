import { afterEach, describe, expect, it } from 'vitest';
import type { CentralStatus } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { memoryCore, value } from '../../helpers/core';
import { signInAs } from '../../helpers/sessions';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('central.status (issue 25)', () => {
  it('says not set up before any ship, and how far behind the last ship left it', async () => {
    core = memoryCore();
    const before = await value<CentralStatus>(core, 'central.status');
    expect(before).toMatchObject({ configured: false, lastShippedAt: null, chain: 'ok' });
    expect(before.behind).toBeGreaterThan(0);

    const last = core.db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    core.repos.centralShip.saveState({
      property: 'Hostel Almaty',
      shippedThrough: last - 2,
      behind: 0,
      chain: 'fork',
      lastShippedAt: '2026-03-22T10:00:00.000Z',
      lastAttemptAt: '2026-03-23T05:00:00.000Z',
      lastError: null,
    });
    expect(await value<CentralStatus>(core, 'central.status')).toEqual({
      configured: true,
      property: 'Hostel Almaty',
      lastShippedAt: '2026-03-22T10:00:00.000Z',
      lastAttemptAt: '2026-03-23T05:00:00.000Z',
      behind: 2,
      chain: 'fork',
      lastError: null,
    });
  });

  it('is refused to every role but the owner on the server', async () => {
    core = memoryCore();
    for (const role of ['receptionist', 'auditor'] as const) {
      const { token } = await signInAs(core, role, '2580', `Staff ${role}`);
      const r = await core.dispatch('central.status', {}, core.contextFor(token));
      expect(r, role).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    }
  });
});
