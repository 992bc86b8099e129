import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../electron/core/desks/private-address';

describe('isPrivateAddress (who the LAN listener may answer)', () => {
  it.each([
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.20',
    '127.0.0.1',
    '127.0.0.2',
    '::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    'febf::1',
    'fe80::1%eth0',
    '::ffff:192.168.0.5',
    '::ffff:127.0.0.2',
  ])('answers the private or loopback address %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '192.169.0.1',
    '11.0.0.1',
    '100.64.0.1',
    '169.254.1.1',
    '2001:db8::1',
    '2a00:1450::1',
    'fec0::1',
    '::ffff:8.8.8.8',
    '::',
    '0.0.0.0',
  ])('refuses the public or unspecified address %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each([
    '',
    'localhost',
    '10.0.0',
    '10.0.0.256',
    'not an address',
    undefined,
    null,
    '1'.repeat(200),
  ])('refuses what is not an address: %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
