import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../clock.js';
import type { RateLimitConfig } from '../config/limits-config.js';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';
import { type BucketState, TokenBuckets } from './token-buckets.js';

/** The limits from the environment, and what tests tune besides. */
export interface RateLimitSettings extends RateLimitConfig {
  /** Buckets kept per policy before the least recently used are dropped. */
  maxBuckets?: number;
  /** Defaults to the app's clock. */
  clock?: Clock;
}

export const PUBLIC_LIMIT_FACTOR = 4;

/** The public paths, limited per client address: tracking links, unsubscribe and inbound ESP webhooks. */
const PUBLIC_PATH = /^\/(t|u|webhooks)\//;

export interface RateLimits {
  /** Public routes per client address, and failed authentications on /v1 per client address. */
  byAddress(): MiddlewareHandler<AppEnv>;
  /** /v1 after authentication: one bucket per secret key, one per embed token. */
  byCredential(): MiddlewareHandler<AppEnv>;
}

const passThrough: MiddlewareHandler<AppEnv> = (_c, next) => next();
const DISABLED: RateLimits = { byAddress: () => passThrough, byCredential: () => passThrough };

/** The limits of one app; `undefined` or a zero rate or burst gives limits that let everything through. */
export function createRateLimits(settings: RateLimitSettings | undefined, appClock: Clock): RateLimits {
  if (!settings || settings.perSecond <= 0 || settings.burst <= 0) return DISABLED;
  const clock = settings.clock ?? appClock;
  const now = () => clock.now();
  const max = settings.maxBuckets ?? 50_000;
  const credential = { name: 'default', perSecond: settings.perSecond, burst: settings.burst };
  const credentials = new TokenBuckets(credential, now, max);
  // Failed authentications from one address get no more than one credential would.
  const failures = new TokenBuckets({ ...credential, name: 'unauthenticated' }, now, max);
  const addresses = new TokenBuckets(
    {
      name: 'public',
      perSecond: settings.publicPerSecond ?? settings.perSecond * PUBLIC_LIMIT_FACTOR,
      burst: settings.publicBurst ?? settings.burst * PUBLIC_LIMIT_FACTOR,
    },
    now,
    max,
  );
  const hops = settings.trustedProxyHops ?? 0;

  return {
    byAddress: () => async (c, next) => {
      const path = c.req.path;
      if (PUBLIC_PATH.test(path)) {
        const state = addresses.take(addressKey(clientAddress(c, hops)));
        if (!state.allowed) return tooMany(c, addresses, state, 'from your address');
        await next();
        setRateLimitHeaders(c, addresses, state);
        return;
      }
      if (!path.startsWith('/v1/')) return next();
      // Peeked before authentication, charged after a 401: guessing keys costs the guesser.
      const key = addressKey(clientAddress(c, hops));
      const before = failures.peek(key);
      if (!before.allowed)
        return tooMany(c, failures, before, 'with failed authentication from your address');
      await next();
      if (c.res.status === 401) failures.take(key);
    },
    byCredential: () => async (c, next) => {
      const state = credentials.take(credentialKey(c));
      if (!state.allowed) return tooMany(c, credentials, state, 'with this credential');
      await next();
      setRateLimitHeaders(c, credentials, state);
    },
  };
}

/** Secret keys by key id; embed tokens by workspace and a hash of the token (each minted token apart). */
function credentialKey(c: Context<AppEnv>): string {
  const caller = c.get('caller');
  if (caller.credential === 'secret_key') return `key:${caller.keyId}`;
  const token = /^Bearer[ ]+(\S+)/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
  const digest = createHash('sha256').update(token).digest('base64url').slice(0, 22);
  return `embed:${caller.workspaceId}:${digest}`;
}

/** `RateLimit-Policy` and `RateLimit` (draft-ietf-httpapi-ratelimit-headers) for one policy. */
export function rateLimitHeaders(buckets: TokenBuckets, state: BucketState): Record<string, string> {
  const { name, burst } = buckets.policy;
  return {
    'RateLimit-Policy': `"${name}";q=${burst};w=${buckets.windowSeconds}`,
    RateLimit: `"${name}";r=${state.remaining};t=${state.resetSeconds}`,
  };
}

function setRateLimitHeaders(c: Context<AppEnv>, buckets: TokenBuckets, state: BucketState): void {
  for (const [name, value] of Object.entries(rateLimitHeaders(buckets, state))) {
    c.res.headers.set(name, value);
  }
}

function tooMany(c: Context<AppEnv>, buckets: TokenBuckets, state: BucketState, who: string): Response {
  const { perSecond, burst } = buckets.policy;
  return problemResponse(
    c,
    'rateLimited',
    429,
    `Too many requests ${who}: at most ${burst} at once and ${perSecond} per second. ` +
      `Retry after ${state.retryAfterSeconds} s.`,
    { headers: { 'Retry-After': String(state.retryAfterSeconds), ...rateLimitHeaders(buckets, state) } },
  );
}

/** The client's address: the socket peer, or with trusted proxies the entry they appended. */
export function clientAddress(c: Context<AppEnv>, trustedProxyHops: number): string {
  if (trustedProxyHops > 0) {
    const entries = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const entry = entries[Math.max(0, entries.length - trustedProxyHops)];
    if (entry !== undefined) return entry;
  }
  const bindings = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return bindings?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * One bucket per IPv4 address, and per /64 for IPv6 (one subscriber usually holds a whole /64, so
 * per address would let one client rotate through millions of buckets).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address.slice(0, 64);
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  // An embedded IPv4 tail (`::ffff:0:1.2.3.4`) stands for two groups.
  const tailCount = tailGroups.length + (tailGroups.at(-1)?.includes('.') ? 1 : 0);
  const groups = address.includes('::')
    ? [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailCount)).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
