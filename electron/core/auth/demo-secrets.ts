import { AppFailure } from '../../../shared/contract';
import type { Core } from '../core';
import { writeTransaction } from '../db/connection';
import type { Repos } from '../db/repos';
import { DEMO_STAFF } from '../demo/demo-staff';

const DEMO_KEY = 'demo';

/** Whether this database is the demo hotel (`cli demo`), whose PINs the README publishes. */
export const isDemo = (repos: Repos): boolean => repos.settings.get(DEMO_KEY) !== null;

/**
 * The demo's PINs are printed in the README and by `cli demo`: anyone may type them. Outside the
 * demo hotel they are refused as a new PIN (issue 19), so a real desk never keeps one.
 */
export function refuseDemoSecret(repos: Repos, secret: string, field = 'secret'): void {
  if (isDemo(repos) || !DEMO_STAFF.some((s) => s.pin === secret.normalize('NFC'))) return;
  throw new AppFailure('invalid', { issues: [{ field, code: 'secret.demo' }] });
}

/** Marks a database as the demo hotel, before its staff get the published PINs. */
export function markDemo(core: Core, now: Date): void {
  if (isDemo(core.repos)) return;
  const at = now.toISOString();
  writeTransaction(core.db, () => {
    core.repos.settings.put(DEMO_KEY, { at });
    const system = core.repos.staff.systemActor();
    core.repos.audit.record(at, system?.id ?? null, 'app.demo', 'settings', DEMO_KEY, {});
  });
}
