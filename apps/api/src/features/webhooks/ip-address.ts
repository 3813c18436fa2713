import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which IP addresses a webhook may be sent to. Exact arithmetic on parsed addresses (no string
 * prefixes), so every spelling of one address gets the same answer: `::ffff:7f00:1`,
 * `::ffff:127.0.0.1` and `127.0.0.1` are all loopback. (WHATWG URL parsing already turns the
 * decimal, octal and hex IPv4 forms of a URL host into dotted quads.)
 */

type Range = readonly [base: bigint, prefix: number];

function v4(text: string): bigint {
  return text.split('.').reduce((n, octet) => (n << 8n) | BigInt(Number(octet)), 0n);
}

/** The 128-bit value of an IPv6 address, including a dotted-quad tail (`::ffff:1.2.3.4`). */
function v6(text: string): bigint {
  let address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (quad?.[1]) {
    const n = v4(quad[1]);
    address = `${address.slice(0, -quad[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = address.split('::');
  const headWords = head === '' ? [] : head.split(':');
  const tailWords = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headWords.length - tailWords.length;
  const words = [...headWords, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailWords];
  return words.reduce((n, word) => (n << 16n) | BigInt(Number.parseInt(word, 16)), 0n);
}

function inRange(value: bigint, bits: number, [base, prefix]: Range): boolean {
  const shift = BigInt(bits - prefix);
  return value >> shift === base >> shift;
}

const r4 = (cidr: string): Range => {
  const [base = '', prefix = '32'] = cidr.split('/');
  return [v4(base), Number(prefix)];
};
const r6 = (cidr: string): Range => {
  const [base = '', prefix = '128'] = cidr.split('/');
  return [v6(base), Number(prefix)];
};

/** IANA special-purpose IPv4 blocks that are not globally reachable, plus multicast and reserved. */
const NON_PUBLIC_V4 = [
  '0.0.0.0/8', // "this network", incl. 0.0.0.0
  '10.0.0.0/8',
  '100.64.0.0/10', // CGNAT
  '127.0.0.0/8',
  '169.254.0.0/16', // link-local, cloud metadata endpoints
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.31.196.0/24',
  '192.52.193.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '192.175.48.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, incl. 255.255.255.255
].map(r4);

/** Global unicast is 2000::/3; inside it, these are documentation, transition or protocol blocks. */
const GLOBAL_V6 = r6('2000::/3');
const NON_PUBLIC_V6 = [
  '2001::/23', // IETF protocol assignments, incl. Teredo 2001::/32
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4: would reach an embedded IPv4 address
  '3ffe::/16',
  '3fff::/20', // documentation
].map(r6);
const MAPPED_V4 = r6('::ffff:0:0/96');

export type IpFamily = 4 | 6;

/** The IPv4 address inside an IPv4-mapped IPv6 address, as a number; null for any other address. */
function mappedV4(address: string): bigint | null {
  if (!isIPv6(address.replace(/^\[|\]$/g, ''))) return null;
  const value = v6(address);
  return inRange(value, 128, MAPPED_V4) ? value & 0xffffffffn : null;
}

export function ipFamily(address: string): IpFamily | null {
  if (isIPv4(address)) return 4;
  if (isIPv6(address.replace(/^\[|\]$/g, ''))) return 6;
  return null;
}

/** True only for a globally reachable unicast address; anything unparseable is not public. */
export function isPublicAddress(address: string): boolean {
  const family = ipFamily(address);
  if (family === null) return false;
  const embedded = family === 6 ? mappedV4(address) : v4(address);
  if (embedded !== null) return !NON_PUBLIC_V4.some((range) => inRange(embedded, 32, range));
  const value = v6(address);
  return inRange(value, 128, GLOBAL_V6) && !NON_PUBLIC_V6.some((range) => inRange(value, 128, range));
}

export function isLoopbackAddress(address: string): boolean {
  const family = ipFamily(address);
  if (family === null) return false;
  const embedded = family === 6 ? mappedV4(address) : v4(address);
  if (embedded !== null) return inRange(embedded, 32, r4('127.0.0.0/8'));
  return v6(address) === 1n;
}
