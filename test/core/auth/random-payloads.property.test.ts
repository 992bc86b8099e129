import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { PublicContext } from '../../../electron/core/context';
import { allows, contract, type MethodName, type StaffRole } from '../../../shared/contract';
import { checkInInput, guestEntry } from '../../helpers/check-in';
import { memoryCore } from '../../helpers/core';
import { rowCounts } from '../../helpers/row-counts';
import { signInAs } from '../../helpers/sessions';

type Who = StaffRole | 'signed out';
const WHO: Who[] = ['signed out', 'receptionist', 'auditor', 'owner'];
// Each method under each role: 74 methods × 4 callers × RUNS payloads.
const RUNS = 12;

// Mostly junk, sometimes a plausible object with the method's own field names.
const payload = (method: MethodName) => {
  const shape = (contract[method].input as unknown as { shape?: Record<string, unknown> }).shape;
  const keys = Object.keys(shape ?? {});
  return fc.oneof(
    fc.anything(),
    keys.length
      ? fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.anything(), fc.integer(), fc.string()))
      : fc.constant({}),
  );
};

describe('random payloads to every method under every role (issue 11)', () => {
  let core: Core;
  const ctx: Partial<Record<Who, PublicContext>> = {};
  beforeAll(async () => {
    core = memoryCore(new Date('2026-03-20T06:00:00Z'));
    const r = await core.call('stays.checkIn', checkInInput([guestEntry()]));
    expect(r.ok).toBe(true);
    ctx['signed out'] = core.contextFor(null);
    for (const role of ['receptionist', 'auditor', 'owner'] as const) {
      ctx[role] = core.contextFor((await signInAs(core, role)).token);
    }
  });
  afterAll(() => core.close());

  // Ending the session or the staff behind it would turn every later call into auth.required;
  // those are proven in sign-in.test.ts.
  const methods = (Object.keys(contract) as MethodName[]).filter(
    (m) => !['auth.signOut', 'staff.deactivate', 'staff.resetSecret', 'staff.update'].includes(m),
  );

  it('never crashes the core, and a refused or invalid call writes no row', async () => {
    let calls = 0;
    for (const method of methods) {
      const spec = contract[method];
      for (const who of WHO) {
        const caller = ctx[who]!;
        await fc.assert(
          fc.asyncProperty(payload(method), async (input) => {
            calls++;
            const before = rowCounts(core);
            const r = await core.dispatch(method, input, caller);
            const after = rowCounts(core);
            // Nothing a caller sends is the core's failure.
            expect(r.ok || r.error.code !== 'internal').toBe(true);
            if (!allows(spec.access, caller.staff?.role ?? null)) {
              expect(r).toEqual({
                ok: false,
                error: { code: caller.staff ? 'auth.forbidden' : 'auth.required' },
              });
              expect(after).toEqual(before);
            } else if (!r.ok) {
              // A failed job leaves its audit trace (a failed sign-in counts, too); nothing else.
              if (spec.kind === 'job')
                expect({ ...after, audit_log: 0, audit_personal: 0 }).toEqual({
                  ...before,
                  audit_log: 0,
                  audit_personal: 0,
                });
              else expect(after).toEqual(before);
            }
          }),
          { numRuns: RUNS },
        );
      }
    }
    expect(calls).toBeGreaterThanOrEqual(3000);
  }, 240_000);
});
