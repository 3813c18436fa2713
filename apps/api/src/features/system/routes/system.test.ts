import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../app.js';
import type { DatabaseHandle } from '../../../platform/db/open-database.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-databases.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
});
afterAll(() => database.drop());

describe('health', () => {
  it('GET /healthz answers ok', async () => {
    const response = await createApp({ database: database.handle }).app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers ok while the database answers', async () => {
    const response = await createApp({ database: database.handle }).app.request('/readyz');
    expect(await readJson(response)).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 503 problem with Retry-After when the database does not', async () => {
    const broken: DatabaseHandle = {
      ...database.handle,
      ping: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    };
    const response = await createApp({ database: broken }).app.request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('OpenAPI document and reference', () => {
  it('GET /openapi.json is an OpenAPI 3.1 document with bearer auth', async () => {
    const document = await readJson(
      await createApp({ database: database.handle }).app.request('/openapi.json'),
    );
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Lead Status API');
    expect(document.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ scheme: 'bearer' }),
    );
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/v1/workspace', '/v1/statuses']),
    );
    expect(document.components.schemas.Problem.properties).toHaveProperty('errors');
  });

  it('declares problem responses on every operation, and a 401 on every authenticated one', async () => {
    const document = createApp({ database: database.handle }).openApiDocument();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(
        item as Record<string, { responses: object; security?: [] }>,
      )) {
        const errorStatuses = Object.keys(operation.responses).filter((s) => Number(s) >= 400);
        if (path.startsWith('/v1/')) expect(errorStatuses, `${method} ${path}`).toContain('401');
        for (const status of errorStatuses) {
          const response = (operation.responses as Record<string, { content: object }>)[status];
          expect(Object.keys(response?.content ?? {}), `${method} ${path} ${status}`).toEqual([
            'application/problem+json',
          ]);
        }
      }
    }
  });

  it('builds the document once', () => {
    const { openApiDocument } = createApp({ database: database.handle });
    expect(openApiDocument()).toBe(openApiDocument());
  });

  it('GET /docs serves the browsable reference with its script from this server, not a CDN', async () => {
    const app = createApp({ database: database.handle }).app;
    const page = await (await app.request('/docs')).text();
    expect(page).toContain('/docs/scalar.js');
    expect(page).toContain('/openapi.json');
    expect(page).not.toMatch(/cdn\.jsdelivr|unpkg\.com/);
    const script = await app.request('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it('GET / links to the reference', async () => {
    const page = await (await createApp({ database: database.handle }).app.request('/')).text();
    expect(page).toContain('href="/docs"');
  });
});
