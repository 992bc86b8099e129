import os from 'node:os';
import { isPrivateAddress } from './private-address';

/**
 * This PC's addresses a desk on the LAN can reach: private, not loopback, IPv4 first (what a
 * person reads off a screen and types at the other desk). Loopback is left out: no other desk
 * reaches it, though the tests use it as their LAN.
 */
export function lanAddresses(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): string[] {
  const found: Array<{ address: string; v4: boolean }> = [];
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (i.internal || !isPrivateAddress(i.address)) continue;
      found.push({ address: i.address, v4: i.family === 'IPv4' });
    }
  }
  return [...new Set(found.sort((a, b) => Number(b.v4) - Number(a.v4)).map((f) => f.address))];
}
