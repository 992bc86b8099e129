import net from 'node:net';

// The ranges a hotel's LAN uses (RFC 1918, RFC 4193 unique-local, RFC 4291 link-local) and the
// loopback, which is "the LAN" of a single machine and of the tests.
const PRIVATE = new net.BlockList();
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');

const MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * Whether a peer's address is one the LAN listener may answer: a private or loopback address,
 * never a public one (a port forwarded by the hotel's router must not open the register to the
 * internet). An IPv4 peer on a dual-stack socket arrives as `::ffff:a.b.c.d` and is judged by
 * its IPv4 address; a zone suffix (`fe80::1%eth0`) is dropped. Anything unparsable is refused.
 */
export function isPrivateAddress(address: string | undefined | null): boolean {
  if (typeof address !== 'string' || address.length === 0 || address.length > 100) return false;
  const bare = address.split('%', 1)[0]!;
  const mapped = MAPPED.exec(bare);
  const ip = mapped ? mapped[1]! : bare;
  const family = net.isIPv4(ip) ? 'ipv4' : net.isIPv6(ip) ? 'ipv6' : null;
  if (!family) return false;
  return PRIVATE.check(ip, family);
}
