import { describe, expect, it } from 'vitest';
import { stubResolver } from './test-support/webhook-test-app.js';
import { parseWebhookUrl, resolveWebhookTarget } from './url-policy.js';

const strict = { allowInsecure: false, resolver: stubResolver() };
const insecure = { allowInsecure: true, resolver: stubResolver() };

describe('parseWebhookUrl', () => {
  it.each([
    ['http://hooks.partner.example/x', /https/],
    ['ftp://hooks.partner.example/x', /https/],
    ['not a url', /absolute URL/],
    ['https://user:pw@hooks.partner.example/x', /user name or password/],
    ['https://127.0.0.1/x', /private, loopback/],
    ['https://2130706433/x', /private, loopback/], // decimal 127.0.0.1
    ['https://0177.0.0.1/x', /private, loopback/], // octal
    ['https://0x7f.1/x', /private, loopback/], // hex, short form
    ['https://127.1/x', /private, loopback/],
    ['https://0.0.0.0/x', /private, loopback/],
    ['https://0/x', /private, loopback/],
    ['https://[::]/x', /private, loopback/],
    ['https://[::1]/x', /private, loopback/],
    ['https://[::ffff:127.0.0.1]/x', /private, loopback/],
    ['https://[::ffff:a00:1]/x', /private, loopback/],
    ['https://10.0.0.1/x', /private, loopback/],
    ['https://169.254.169.254/latest/meta-data', /private, loopback/],
    ['https://100.64.1.1/x', /private, loopback/],
    ['https://[fe80::1]/x', /private, loopback/],
    ['https://[fd00::1]/x', /private, loopback/],
    ['https://224.0.0.1/x', /private, loopback/],
    ['https://localhost/x', /localhost/],
    ['https://LOCALHOST./x', /localhost/],
    ['https://api.localhost/x', /localhost/],
    [`https://hooks.partner.example/${'a'.repeat(2100)}`, /at most 2048/],
  ])('refuses %s', (url, reason) => {
    const result = parseWebhookUrl(url, strict);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts an https URL with a public host or address', () => {
    expect(parseWebhookUrl('https://hooks.partner.example/a?b=c', strict).ok).toBe(true);
    expect(parseWebhookUrl('https://93.184.216.34:8443/x', strict).ok).toBe(true);
    expect(parseWebhookUrl('https://[2606:4700:4700::1111]/x', strict).ok).toBe(true);
  });

  it('with WEBHOOK_ALLOW_INSECURE allows http and loopback, but still not private or metadata addresses', () => {
    expect(parseWebhookUrl('http://127.0.0.1:8080/x', insecure).ok).toBe(true);
    expect(parseWebhookUrl('http://[::1]:8080/x', insecure).ok).toBe(true);
    expect(parseWebhookUrl('http://localhost:8080/x', insecure).ok).toBe(true);
    expect(parseWebhookUrl('http://10.0.0.1/x', insecure).ok).toBe(false);
    expect(parseWebhookUrl('http://169.254.169.254/x', insecure).ok).toBe(false);
    expect(parseWebhookUrl('http://0.0.0.0:8080/x', insecure).ok).toBe(false);
  });
});

describe('resolveWebhookTarget', () => {
  const target = (url: string, policy = strict) => resolveWebhookTarget(new URL(url), policy);

  it('returns the checked address of a public name', async () => {
    expect(await target('https://hooks.partner.example/x')).toEqual({
      ok: true,
      value: { address: '93.184.216.34', family: 4 },
    });
    expect(await target('https://v6.partner.example/x')).toMatchObject({ ok: true, value: { family: 6 } });
  });

  it.each([
    ['internal.partner.example', /10\.0\.0\.7/],
    ['metadata.partner.example', /169\.254\.169\.254/],
    ['ula.partner.example', /fd12:3456::1/],
    ['mapped.partner.example', /::ffff:192\.168\.1\.1/],
    ['loopback.partner.example', /127\.0\.0\.1/],
    // One private answer among public ones is enough to refuse (the client could connect to it).
    ['mixed.partner.example', /127\.0\.0\.1/],
    ['nowhere.partner.example', /cannot resolve .*ENOTFOUND/],
  ])('refuses a name that resolves badly: %s', async (host, reason) => {
    const result = await target(`https://${host}/x`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('checks literal addresses without asking DNS', async () => {
    const resolver = stubResolver();
    expect((await target('https://10.1.1.1/x', { allowInsecure: false, resolver })).ok).toBe(false);
    expect((await target('https://8.8.8.8/x', { allowInsecure: false, resolver })).ok).toBe(true);
    expect(resolver.calls).toEqual([]);
  });

  it('allows a loopback name only when insecure', async () => {
    expect((await target('http://loopback.partner.example/x', insecure)).ok).toBe(true);
    expect((await target('http://internal.partner.example/x', insecure)).ok).toBe(false);
  });
});
