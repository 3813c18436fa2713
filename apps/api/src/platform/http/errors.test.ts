import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';
import { createRouter } from './create-router.js';
import { ProblemSchema } from './problem.js';
import { problemResponses } from './problem-responses.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
});
afterAll(() => database.drop());

/** A throw-away route that exercises validation of every input kind. */
function appWithEchoRoute(bodyLimitBytes?: number) {
  const { app } = createApp({ database: database.handle, ...(bodyLimitBytes ? { bodyLimitBytes } : {}) });
  const route = createRoute({
    method: 'post',
    path: '/test/echo/{id}',
    request: {
      params: z.object({ id: z.string().regex(/^x_/) }),
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({
              name: z.string().min(1),
              steps: z.array(z.object({ delay_hours: z.number().min(0) })),
            }),
          },
        },
      },
    },
    responses: {
      200: { description: 'ok', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } },
      ...problemResponses(400),
    },
  });
  const router = createRouter()
    .openapi(route, (c) => c.json({ ok: true }, 200))
    .get('/test/boom', () => {
      throw new Error('secret internal detail at /srv/app.ts:12');
    })
    .get('/test/db-down', () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    });
  app.route('/', router);
  return app;
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = await readJson(response);
  expect(ProblemSchema.safeParse(body).success).toBe(true);
  return body;
}

const post = (body: string, path = '/test/echo/x_1') =>
  ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body, path }) as const;

describe('errors are RFC 9457 problem documents', () => {
  it('lists every field problem of a body, with dotted paths', async () => {
    const app = appWithEchoRoute();
    const { path, ...init } = post(JSON.stringify({ name: '', steps: [{ delay_hours: -1 }] }));
    const response = await app.request(path, init);
    expect(response.status).toBe(400);
    const body = await problemOf(response);
    expect(body.type).toBe('/problems/validation-error');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.name',
      'body.steps.0.delay_hours',
    ]);
    expect(body.detail).toMatch(/^body\.(name|steps\.0\.delay_hours): .+ \(and 1 more problem\)$/);
  });

  it('reports path and query problems too', async () => {
    const app = appWithEchoRoute();
    const { init } = { init: post(JSON.stringify({ name: 'a', steps: [] })) };
    const badPath = await app.request('/test/echo/nope', init);
    expect((await problemOf(badPath)).errors[0].path).toBe('path.id');
    const badQuery = await app.request('/test/echo/x_1?limit=501', init);
    expect((await problemOf(badQuery)).errors[0].path).toBe('query.limit');
  });

  it('answers 400 for malformed JSON', async () => {
    const app = appWithEchoRoute();
    const { path, ...init } = post('{"name": ');
    const response = await app.request(path, init);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).type).toBe('/problems/validation-error');
  });

  it('answers 413 for a body over the limit, before reading it all', async () => {
    const app = appWithEchoRoute(2048);
    const { path, ...init } = post(JSON.stringify({ name: 'x'.repeat(4096), steps: [] }));
    const response = await app.request(path, init);
    expect(response.status).toBe(413);
    expect((await problemOf(response)).type).toBe('/problems/payload-too-large');
  });

  it('answers 404 problem for an unknown route', async () => {
    const response = await appWithEchoRoute().request('/v2/nothing');
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toBe('No route for GET /v2/nothing.');
  });

  it('hides internals of unexpected errors behind a 500 problem that names the request', async () => {
    const response = await appWithEchoRoute().request('/test/boom');
    expect(response.status).toBe(500);
    const body = await problemOf(response);
    expect(JSON.stringify(body)).not.toMatch(/secret|srv|\.ts/);
    expect(body.instance).toBe(`urn:request:${response.headers.get('x-request-id')}`);
  });

  it('answers 503 with Retry-After when the database is unreachable', async () => {
    const response = await appWithEchoRoute().request('/test/db-down');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await problemOf(response)).type).toBe('/problems/service-unavailable');
  });

  it('gives every response a request id, and keeps one the caller sent', async () => {
    const app = appWithEchoRoute();
    expect((await app.request('/healthz')).headers.get('x-request-id')).toMatch(/.{8,}/);
    const mine = await app.request('/healthz', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-123');
  });

  it('sets secure headers', async () => {
    const response = await appWithEchoRoute().request('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
