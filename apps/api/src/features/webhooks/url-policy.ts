import { lookup } from 'node:dns/promises';
import { type IpFamily, ipFamily, isLoopbackAddress, isPublicAddress } from './ip-address.js';

export interface ResolvedAddress {
  address: string;
  family: IpFamily;
}

/** Host name to addresses (all of them): `dns.lookup` by default, a stub in tests. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface UrlPolicy {
  /** `WEBHOOK_ALLOW_INSECURE`: also `http:` and loopback addresses (development and tests). */
  allowInsecure: boolean;
  resolver: Resolver;
}

export const MAX_URL_LENGTH = 2048;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The URL a webhook may have, before any DNS: scheme, no credentials, a host that is not a private literal. */
export function parseWebhookUrl(raw: string, policy: Pick<UrlPolicy, 'allowInsecure'>): Checked<URL> {
  if (raw.length > MAX_URL_LENGTH)
    return { ok: false, reason: `Must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Must be an absolute URL, e.g. https://example.com/webhooks' };
  }
  const schemes = policy.allowInsecure ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) return { ok: false, reason: 'Must be an https:// URL' };
  if (url.username || url.password) {
    return { ok: false, reason: 'Must not contain a user name or password; verify the signature instead' };
  }
  if (!url.hostname) return { ok: false, reason: 'Must name a host' };
  const host = bareHost(url);
  if (ipFamily(host) !== null && !addressAllowed(host, policy)) {
    return { ok: false, reason: `Must not point to a private, loopback or reserved address (${host})` };
  }
  if (!policy.allowInsecure && /(^|\.)localhost\.?$/i.test(host)) {
    return { ok: false, reason: 'Must not point to localhost' };
  }
  return { ok: true, value: url };
}

/**
 * Where to connect for this URL: resolves the host and refuses unless every address is public (an
 * attacker's DNS may answer a mix), then returns the one address to connect to, so the connection
 * goes to the address that was checked (no second lookup that DNS rebinding could answer differently).
 */
export async function resolveWebhookTarget(url: URL, policy: UrlPolicy): Promise<Checked<ResolvedAddress>> {
  const host = bareHost(url);
  const literal = ipFamily(host);
  if (literal !== null) {
    return addressAllowed(host, policy)
      ? { ok: true, value: { address: host, family: literal } }
      : { ok: false, reason: `refused: ${host} is not a public address` };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await policy.resolver(host);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    return { ok: false, reason: `cannot resolve ${host}${code ? ` (${code})` : ''}` };
  }
  if (addresses.length === 0) return { ok: false, reason: `cannot resolve ${host}` };
  const refused = addresses.find((a) => !addressAllowed(a.address, policy));
  if (refused)
    return { ok: false, reason: `refused: ${host} resolves to ${refused.address}, not a public address` };
  return { ok: true, value: addresses[0] as ResolvedAddress };
}

function addressAllowed(address: string, policy: Pick<UrlPolicy, 'allowInsecure'>): boolean {
  return isPublicAddress(address) || (policy.allowInsecure && isLoopbackAddress(address));
}

/** The URL's host without the brackets of an IPv6 literal. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}
