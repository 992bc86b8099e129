import type { Core } from '../core';

async function must(core: Core, method: string, input: unknown): Promise<unknown> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`demo: ${method} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Fills a new database through the public API, as a front desk would have. */
export async function seedDemo(core: Core, _now: Date): Promise<string> {
  await must(core, 'hotel.save', {
    name: 'Hotel Saryarqa',
    bin: '180940012345',
    address: 'Astana, Qabanbai Batyr Ave 11',
    region: 'KZ-71',
    businessSize: 'small',
  });
  return 'hotel details';
}
