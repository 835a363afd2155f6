/**
 * Which addresses a webhook may be sent to (SPEC §16, server-side request forgery): an IP address is
 * classified by the ranges of the IANA special-purpose registries. Only `public` addresses are allowed
 * outside embedded and development mode. IPv4 addresses carried inside IPv6 (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4) are classified as the IPv4 address they carry, so `::ffff:127.0.0.1` is loopback.
 */

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'metadata'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'invalid';

interface Range {
  base: bigint;
  bits: number;
  cls: AddressClass;
}

/** Parses dotted-quad IPv4 (four decimal parts, 0–255, no leading zeros) to a 32-bit integer. */
export function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

/** Parses IPv6 text (with `::`, an embedded dotted quad, an optional zone) to a 128-bit integer. */
export function parseIPv6(text: string): bigint | undefined {
  let address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = address.indexOf('%');
  if (zone >= 0) address = address.slice(0, zone);
  if (!/^[0-9a-fA-F:.]+$/.test(address) || !address.includes(':')) return undefined;
  const lastColon = address.lastIndexOf(':');
  const last = address.slice(lastColon + 1);
  if (last.includes('.')) {
    // An embedded dotted quad stands for the last two groups.
    const quad = parseIPv4(last);
    if (quad === undefined) return undefined;
    address = `${address.slice(0, lastColon + 1)}${(quad >> 16n).toString(16)}:${(quad & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    const values: number[] = [];
    for (const group of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
      values.push(parseInt(group, 16));
    }
    return values;
  };
  const head = groupsOf(halves[0] ?? '');
  const rest = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  const known = head.length + rest.length;
  let groups: number[];
  if (halves.length === 2) {
    if (known > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - known).fill(0), ...rest];
  } else {
    groups = head;
    if (groups.length !== 8) return undefined;
  }
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function v4(cidr: string, cls: AddressClass): Range {
  const [base, bits] = cidr.split('/');
  return { base: parseIPv4(base ?? '') ?? 0n, bits: Number(bits), cls };
}
function v6(cidr: string, cls: AddressClass): Range {
  const [base, bits] = cidr.split('/');
  return { base: parseIPv6(base ?? '') ?? 0n, bits: Number(bits), cls };
}

// Most specific first: the first range that holds the address names its class.
const IPV4_RANGES: readonly Range[] = [
  v4('169.254.169.254/32', 'metadata'), // AWS, GCP, Azure, OpenStack, DigitalOcean...
  v4('100.100.100.200/32', 'metadata'), // Alibaba Cloud
  v4('0.0.0.0/8', 'unspecified'),
  v4('10.0.0.0/8', 'private'),
  v4('100.64.0.0/10', 'cgnat'),
  v4('127.0.0.0/8', 'loopback'),
  v4('169.254.0.0/16', 'link-local'),
  v4('172.16.0.0/12', 'private'),
  v4('192.0.0.0/24', 'reserved'),
  v4('192.0.2.0/24', 'reserved'),
  v4('192.88.99.0/24', 'reserved'),
  v4('192.168.0.0/16', 'private'),
  v4('198.18.0.0/15', 'reserved'),
  v4('198.51.100.0/24', 'reserved'),
  v4('203.0.113.0/24', 'reserved'),
  v4('224.0.0.0/4', 'multicast'),
  v4('240.0.0.0/4', 'reserved'),
];

const IPV6_RANGES: readonly Range[] = [
  v6('fd00:ec2::254/128', 'metadata'), // AWS over IPv6
  v6('::/128', 'unspecified'),
  v6('::1/128', 'loopback'),
  v6('64:ff9b:1::/48', 'private'),
  v6('100::/64', 'reserved'),
  v6('2001::/32', 'reserved'), // Teredo
  v6('2001:db8::/32', 'reserved'),
  v6('2001:2::/48', 'reserved'),
  v6('2001:10::/28', 'reserved'),
  v6('2001:20::/28', 'reserved'),
  v6('fc00::/7', 'private'),
  v6('fe80::/10', 'link-local'),
  v6('fec0::/10', 'private'),
  v6('ff00::/8', 'multicast'),
];

function inRange(value: bigint, range: Range, width: number): boolean {
  const shift = BigInt(width - range.bits);
  return value >> shift === range.base >> shift;
}

function classifyV4(value: bigint): AddressClass {
  return IPV4_RANGES.find((range) => inRange(value, range, 32))?.cls ?? 'public';
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 well-known prefix, 6to4), if any. */
function embeddedIPv4(value: bigint): bigint | undefined {
  const low32 = value & 0xffffffffn;
  if (value >> 32n === 0xffffn) return low32; // ::ffff:0:0/96, IPv4-mapped
  if (value >> 32n === 0n && value > 1n) return low32; // ::/96, IPv4-compatible (deprecated)
  if (value >> 32n === 0x0064ff9b0000000000000000n) return low32; // 64:ff9b::/96, NAT64
  if (value >> 112n === 0x2002n) return (value >> 80n) & 0xffffffffn; // 2002::/16, 6to4
  return undefined;
}

/** The class of an IP address given as text (IPv4 or IPv6, brackets and zone allowed); `invalid` when it is none. */
export function classifyAddress(text: string): AddressClass {
  const ipv4 = parseIPv4(text);
  if (ipv4 !== undefined) return classifyV4(ipv4);
  const ipv6 = parseIPv6(text);
  if (ipv6 === undefined) return 'invalid';
  const carried = embeddedIPv4(ipv6);
  if (carried !== undefined) return classifyV4(carried);
  return IPV6_RANGES.find((range) => inRange(ipv6, range, 128))?.cls ?? 'public';
}

/** True when `text` is an IP address literal (not a host name). */
export function isAddressLiteral(text: string): boolean {
  return classifyAddress(text) !== 'invalid';
}
