import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createApiKey, createWorkspace } from '../../features/workspaces/workspaces.repository.js';
import { readJson } from '../../test-support/read-json.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config/config.js';
import { addressKey, type RateLimitSettings } from './rate-limit.js';
import { TokenBuckets } from './token-buckets.js';

describe('TokenBuckets', () => {
  const policy = { name: 'default', perSecond: 2, burst: 4 };

  it('lets a burst through, then one request per 1/rate seconds', () => {
    const clock = fixedClock(0);
    const buckets = new TokenBuckets(policy, clock.now);
    const taken = Array.from({ length: 5 }, () => buckets.take('k'));
    expect(taken.map((s) => s.allowed)).toEqual([true, true, true, true, false]);
    expect(taken.map((s) => s.remaining)).toEqual([3, 2, 1, 0, 0]);
    expect(taken[3]).toMatchObject({ resetSeconds: 2, retryAfterSeconds: 0 });
    expect(taken[4]).toMatchObject({ resetSeconds: 2, retryAfterSeconds: 1 });
    clock.advance(499);
    expect(buckets.take('k').allowed).toBe(false);
    clock.advance(1);
    expect(buckets.take('k')).toMatchObject({ allowed: true, remaining: 0 });
    clock.advance(10_000);
    expect(buckets.peek('k')).toMatchObject({ allowed: true, remaining: 4, resetSeconds: 0 });
  });

  it('never charges a refused request, and peeking takes nothing', () => {
    const clock = fixedClock(0);
    const buckets = new TokenBuckets({ ...policy, burst: 1 }, clock.now);
    expect(buckets.peek('k').remaining).toBe(1);
    expect(buckets.take('k').allowed).toBe(true);
    for (let i = 0; i < 100; i += 1) expect(buckets.take('k').allowed).toBe(false);
    clock.advance(500);
    expect(buckets.take('k').allowed).toBe(true);
  });

  it('keeps memory bounded: idle buckets are swept, and the least recently used go past the cap', () => {
    const clock = fixedClock(0);
    const buckets = new TokenBuckets(policy, clock.now, 100);
    for (let i = 0; i < 10_000; i += 1) buckets.take(`client-${i}`);
    expect(buckets.size).toBe(100);
    // The most recent ones are kept (they are the ones still limited).
    expect(buckets.peek('client-9999').remaining).toBe(3);
    clock.advance(60_000);
    buckets.take('fresh');
    expect(buckets.size).toBe(1);
  });

  it('refuses a policy that could never let a request through', () => {
    expect(() => new TokenBuckets({ name: 'x', perSecond: 0, burst: 1 }, Date.now)).toThrow(/perSecond/);
    expect(() => new TokenBuckets({ name: 'x', perSecond: 1, burst: 0 }, Date.now)).toThrow(/burst/);
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['1:2::3:4:5:1.2.3.4', '1:2:0:3::/64'],
    ['unknown', 'unknown'],
  ])('%s -> %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});

describe('rate-limit settings', () => {
  it('defaults to 100 requests per second with bursts of 500 per credential, 4x per address', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.rateLimit).toEqual({ perSecond: 100, burst: 500, trustedProxyHops: 0 });
    expect(result.ok && result.config.serverTimeouts).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
    });
  });

  it('reads every variable, and 0 turns the limits off', () => {
    const result = loadConfig({
      RATE_LIMIT_PER_SECOND: '0',
      RATE_LIMIT_BURST: '20',
      RATE_LIMIT_PUBLIC_PER_SECOND: '7.5',
      RATE_LIMIT_PUBLIC_BURST: '30',
      TRUSTED_PROXY_HOPS: '1',
      HTTP_HEADERS_TIMEOUT_MS: '60000',
      HTTP_REQUEST_TIMEOUT_MS: '20000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
    });
    expect(result.ok && result.config.rateLimit).toEqual({
      perSecond: 0,
      burst: 20,
      publicPerSecond: 7.5,
      publicBurst: 30,
      trustedProxyHops: 1,
    });
    // The headers must arrive within the request's own deadline.
    expect(result.ok && result.config.serverTimeouts).toEqual({
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 20_000,
      keepAliveTimeoutMs: 65_000,
    });
  });

  it.each([
    [{ RATE_LIMIT_PER_SECOND: '-1' }, /^Invalid RATE_LIMIT_PER_SECOND/],
    [{ RATE_LIMIT_BURST: '1.5' }, /^Invalid RATE_LIMIT_BURST/],
    [{ RATE_LIMIT_PUBLIC_PER_SECOND: '0' }, /^Invalid RATE_LIMIT_PUBLIC_PER_SECOND/],
    [{ TRUSTED_PROXY_HOPS: 'yes' }, /^Invalid TRUSTED_PROXY_HOPS/],
    [{ HTTP_REQUEST_TIMEOUT_MS: '5' }, /^Invalid HTTP_REQUEST_TIMEOUT_MS/],
  ])('explains a bad value: %o', (env, message) => {
    const result = loadConfig(env);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describeEachDatabase('rate limiting', ({ database }) => {
  const START = Date.UTC(2026, 10, 27, 10);

  async function setup(settings: Omit<RateLimitSettings, 'clock'> | undefined) {
    const clock = fixedClock(START);
    const { app } = createApp({
      database: database.handle,
      clock,
      ...(settings ? { rateLimit: { ...settings, clock } } : {}),
    });
    const { writer } = database.handle;
    const first = await createWorkspace(writer, { name: 'Limited', now: clock.now() });
    const second = await createApiKey(writer, {
      workspaceId: first.workspace.id,
      name: 'second',
      now: START,
    });
    const other = await createWorkspace(writer, { name: 'Other', now: clock.now() });
    const get = (path: string, key?: string, headers: Record<string, string> = {}) =>
      app.request(path, { headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers } });
    return { app, clock, get, key: first.apiKey, sameWorkspaceKey: second.plain, otherKey: other.apiKey };
  }

  it('answers 429 problem+json with Retry-After and RateLimit fields once a key spends its burst', async () => {
    const { get, key } = await setup({ perSecond: 1, burst: 3 });
    const allowed = [
      await get('/v1/statuses', key),
      await get('/v1/workspace', key),
      await get('/v1/x', key),
    ];
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 404]);
    for (const [i, response] of allowed.entries()) {
      expect(response.headers.get('ratelimit-policy')).toBe('"default";q=3;w=3');
      expect(response.headers.get('ratelimit')).toBe(`"default";r=${2 - i};t=${i + 1}`);
    }
    const refused = await get('/v1/statuses', key);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('ratelimit-policy')).toBe('"default";q=3;w=3');
    expect(refused.headers.get('ratelimit')).toBe('"default";r=0;t=3');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    const problem = await readJson(refused);
    expect(problem).toMatchObject({
      type: '/problems/rate-limited',
      title: 'Too many requests.',
      status: 429,
    });
    expect(problem.detail).toMatch(/at most 3 at once and 1 per second/);
  });

  it('limits each credential apart: other keys, of the same workspace or another, are unaffected', async () => {
    const { get, key, sameWorkspaceKey, otherKey } = await setup({ perSecond: 1, burst: 2 });
    for (let i = 0; i < 2; i += 1) expect((await get('/v1/statuses', key)).status).toBe(200);
    expect((await get('/v1/statuses', key)).status).toBe(429);
    expect((await get('/v1/statuses', sameWorkspaceKey)).status).toBe(200);
    expect((await get('/v1/statuses', otherKey)).status).toBe(200);
  });

  it('gives every embed token a bucket of its own, apart from the key that minted it', async () => {
    const { app, get, key } = await setup({ perSecond: 1, burst: 3 });
    const mint = async () => {
      const response = await app.request('/v1/embed-tokens', {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(201);
      return (await readJson(response)).token as string;
    };
    const [tokenA, tokenB] = [await mint(), await mint()];
    expect((await get('/v1/statuses', key)).status).toBe(200);
    // The key has spent its burst of 3; its tokens have not.
    expect((await get('/v1/statuses', key)).status).toBe(429);
    for (let i = 0; i < 3; i += 1) expect((await get('/v1/statuses', tokenA)).status).toBe(200);
    expect((await get('/v1/statuses', tokenA)).status).toBe(429);
    expect((await get('/v1/statuses', tokenB)).status).toBe(200);
  });

  it('recovers as time passes: one request per 1/rate, the whole burst after the window', async () => {
    const { clock, get, key } = await setup({ perSecond: 2, burst: 4 });
    for (let i = 0; i < 4; i += 1) expect((await get('/v1/statuses', key)).status).toBe(200);
    const refused = await get('/v1/statuses', key);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    clock.advance(500);
    expect((await get('/v1/statuses', key)).status).toBe(200);
    expect((await get('/v1/statuses', key)).status).toBe(429);
    clock.advance(2_000);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await get('/v1/statuses', key)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('is off with a rate or a burst of 0, and without settings: no 429, no RateLimit fields', async () => {
    for (const settings of [{ perSecond: 0, burst: 5 }, { perSecond: 5, burst: 0 }, undefined]) {
      const { get, key } = await setup(settings);
      for (let i = 0; i < 30; i += 1) {
        const response = await get('/v1/statuses', key);
        expect(response.status).toBe(200);
        expect(response.headers.get('ratelimit')).toBeNull();
      }
      expect((await get('/t/o/anything')).headers.get('ratelimit')).toBeNull();
    }
  });

  it('limits the public routes per client address, with their own higher limit', async () => {
    const { get, key } = await setup({
      perSecond: 1,
      burst: 1,
      publicPerSecond: 1,
      publicBurst: 3,
      trustedProxyHops: 1,
    });
    const from = (address: string) => ({ 'X-Forwarded-For': `198.51.100.7, ${address}` });
    const pixel = () => get('/t/o/not-a-token', undefined, from('203.0.113.1'));
    const first = await pixel();
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"public";q=3;w=3');
    expect(first.headers.get('ratelimit')).toBe('"public";r=2;t=1');
    expect((await get('/u/not-a-token', undefined, from('203.0.113.1'))).status).toBe(404);
    expect((await get('/webhooks/postmark/ws_x', undefined, from('203.0.113.1'))).status).toBe(404);
    const refused = await pixel();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await readJson(refused)).type).toBe('/problems/rate-limited');
    // Another address, and a forged left-most entry, count apart from the proxy-appended one.
    expect((await get('/t/o/not-a-token', undefined, from('203.0.113.2'))).status).toBe(200);
    // /v1 keeps its own per-credential policy; health and the reference are not limited.
    expect((await get('/v1/statuses', key, from('203.0.113.1'))).headers.get('ratelimit')).toMatch(
      /^"default";/,
    );
    for (let i = 0; i < 5; i += 1)
      expect((await get('/healthz', undefined, from('203.0.113.1'))).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless proxies are trusted', async () => {
    const { get } = await setup({ perSecond: 1, burst: 1, publicPerSecond: 1, publicBurst: 1 });
    expect((await get('/t/o/x', undefined, { 'X-Forwarded-For': '203.0.113.1' })).status).toBe(200);
    expect((await get('/t/o/x', undefined, { 'X-Forwarded-For': '203.0.113.2' })).status).toBe(429);
  });

  it('limits failed authentications per address, before the credential is looked up', async () => {
    const { get, key } = await setup({ perSecond: 1, burst: 2, trustedProxyHops: 1 });
    const attacker = { 'X-Forwarded-For': '203.0.113.66' };
    const bogus = `lsk_${'0'.repeat(26)}_${'a'.repeat(43)}`;
    expect((await get('/v1/statuses', bogus, attacker)).status).toBe(401);
    expect((await get('/v1/statuses', undefined, attacker)).status).toBe(401);
    const refused = await get('/v1/statuses', bogus, attacker);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-policy')).toBe('"unauthenticated";q=2;w=2');
    // Valid keys from other addresses are not affected.
    expect((await get('/v1/statuses', key, { 'X-Forwarded-For': '203.0.113.5' })).status).toBe(200);
  });
});
