import { afterAll, beforeAll, expect, it } from 'vitest';
import { readJson } from '../../src/test-support/read-json.js';
import { describeEachDatabase } from '../../src/test-support/test-databases.js';
import { createHostileApp, type HostileApp, type SeededWorkspace, seedWorkspace } from './hostile-app.js';

const BODY_LIMIT = 4096;

/** What every response must carry, whatever it is (JSON, HTML page, image, problem). */
function expectBaseline(response: Response, where: string) {
  const h = response.headers;
  expect(h.get('x-content-type-options'), where).toBe('nosniff');
  expect(h.get('referrer-policy'), where).toBe('no-referrer');
  expect(h.get('x-frame-options'), where).toBe('SAMEORIGIN');
  expect(h.get('x-xss-protection'), where).toBe('0');
  expect(h.get('cross-origin-opener-policy'), where).toBe('same-origin');
  expect(h.get('x-powered-by'), where).toBeNull();
  // RFC 6797: never over plain HTTP.
  expect(h.get('strict-transport-security'), where).toBeNull();
}

describeEachDatabase('secure headers and body limits', ({ database }) => {
  let app: HostileApp;
  let seeded: SeededWorkspace;

  beforeAll(async () => {
    app = createHostileApp(database.handle, { bodyLimitBytes: BODY_LIMIT });
    seeded = await seedWorkspace(app, 'Headers');
  });

  afterAll(() => app.leadStatus.close());

  it('sets them on API responses, problems, pages, the reference and the pixel', async () => {
    const { apiKey, unsubscribeToken, pixelToken } = seeded;
    const cases: Array<[string, Response]> = [
      ['GET /v1/workspace', await app.call('GET', '/v1/workspace', apiKey)],
      ['401 problem', await app.call('GET', '/v1/workspace', null)],
      ['404 problem', await app.call('GET', '/v2/nothing', apiKey)],
      ['GET /openapi.json', await app.send('GET', '/openapi.json')],
      ['GET /docs', await app.send('GET', '/docs')],
      ['GET /', await app.send('GET', '/')],
      ['GET /u/{token}', await app.send('GET', `/u/${unsubscribeToken}`)],
      ['GET /t/o/{token}', await app.send('GET', `/t/o/${pixelToken}`)],
    ];
    for (const [where, response] of cases) {
      expect(response.status, where).toBeLessThan(500);
      expectBaseline(response, where);
    }
  });

  it('keeps the pages and the pixel as designed: a strict CSP on the unsubscribe page, CORP for the pixel', async () => {
    const page = await app.send('GET', `/u/${seeded.unsubscribeToken}`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cache-control')).toMatch(/no-store/);
    // The pixel is embedded by mail clients on other origins; everything else stays same-origin.
    expect(
      (await app.send('GET', `/t/o/${seeded.pixelToken}`)).headers.get('cross-origin-resource-policy'),
    ).toBe('cross-origin');
    expect((await app.send('GET', '/docs')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('adds Strict-Transport-Security only to responses that went out over HTTPS', async () => {
    const direct = await app.send('GET', 'https://api.example.com/v1/statuses', {
      headers: { Authorization: `Bearer ${seeded.apiKey}` },
    });
    expect(direct.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
    const proxied = await app.send('GET', '/healthz', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const plain = await app.send('GET', '/healthz', { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers 413 problem+json for a body over the limit, declared or streamed, on /v1 and public routes', async () => {
    const big = JSON.stringify({ email: `${'a'.repeat(BODY_LIMIT)}@example.com` });
    const json = { Authorization: `Bearer ${seeded.apiKey}`, 'Content-Type': 'application/json' };
    const streamed = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 8; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      });
    const cases: Array<[string, Response]> = [
      ['declared', await app.send('POST', '/v1/leads', { headers: json, body: big })],
      ['streamed', await app.send('POST', '/v1/leads', { headers: json, body: streamed() })],
      [
        'unsubscribe form',
        await app.send('POST', `/u/${seeded.unsubscribeToken}`, {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: `List-Unsubscribe=One-Click&pad=${'x'.repeat(BODY_LIMIT)}`,
        }),
      ],
      [
        'inbound webhook',
        await app.send('POST', `/webhooks/postmark/${seeded.workspaceId}`, {
          headers: { 'Content-Type': 'application/json' },
          body: streamed(),
        }),
      ],
    ];
    for (const [where, response] of cases) {
      expect(response.status, where).toBe(413);
      expect(response.headers.get('content-type'), where).toBe('application/problem+json');
      expect(await readJson(response), where).toMatchObject({
        type: '/problems/payload-too-large',
        status: 413,
      });
      expectBaseline(response, where);
    }
    // Nothing was created by the refused requests.
    const created = await database.handle.db
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', seeded.workspaceId)
      .where('email', 'like', 'aaaa%')
      .execute();
    expect(created).toEqual([]);
  });
});
