import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';
import { createRouter } from './create-router.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
});
afterAll(() => database.drop());

const DEADLINE_MS = 200;

/** The app with a short deadline and routes that are slow in each way a request can be. */
function appWithSlowRoutes() {
  const { app } = createApp({ database: database.handle, requestDeadlineMs: DEADLINE_MS });
  let release: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    release = resolve;
  });
  const router = createRouter()
    .get('/test/never', async (c) => {
      await new Promise(() => {});
      return c.text('unreachable');
    })
    .get('/test/quick', (c) => c.text('quick'))
    .get('/test/stream', () => {
      // The head goes out at once; the body ends long after the deadline.
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode('first,'));
          await finished;
          controller.enqueue(new TextEncoder().encode('last'));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'text/csv' } });
    })
    .get('/test/statement-timeout', () => {
      throw Object.assign(new Error('Query execution was interrupted (max_statement_time exceeded)'), {
        errno: 1969,
      });
    });
  app.route('/', router);
  return { app, release };
}

describe('the request deadline', () => {
  it('answers a request still running at its deadline with 503, Retry-After and a problem', async () => {
    const { app } = appWithSlowRoutes();
    const response = await app.request('/test/never');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await readJson(response)).toMatchObject({ type: '/problems/deadline-exceeded', status: 503 });
    // The process goes on serving.
    expect((await app.request('/test/quick')).status).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('leaves a streamed body running past it (exports, the event stream)', async () => {
    const { app, release } = appWithSlowRoutes();
    const response = await app.request('/test/stream');
    expect(response.status).toBe(200);
    const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first,');
    // Far past the deadline, on fake timers (nothing is waited for): the stream is still open.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      vi.advanceTimersByTime(DEADLINE_MS * 100);
    } finally {
      vi.useRealTimers();
    }
    release();
    const last = await reader.read();
    expect(new TextDecoder().decode(last.value)).toBe('last');
  });

  it('answers a statement the database stopped at its own limit the same way', async () => {
    const { app } = appWithSlowRoutes();
    const response = await app.request('/test/statement-timeout');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await readJson(response)).toMatchObject({ type: '/problems/deadline-exceeded' });
  });
});
