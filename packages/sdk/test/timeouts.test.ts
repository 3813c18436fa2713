import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LeadStatusError } from '../src/index.js';
import { MOCK_URL, mockClient, useMockServer } from './support/msw.js';

const server = useMockServer();
const page = { data: [], next_cursor: null };
const never = () => new Promise<Response>(() => {});

describe('timeouts', () => {
  it('times an attempt out, retries it, then throws a timeout error', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return never();
      }),
    );
    const error = await mockClient({ timeoutMs: 20, retries: { maxRetries: 1, baseDelayMs: 1 } })
      .leads.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    expect(error).toMatchObject({ kind: 'timeout', status: 0, type: '/sdk/timeout' });
    expect(calls).toBe(2);
  });

  it('succeeds when a retry answers in time', async () => {
    let calls = 0;
    server.use(http.get(`${MOCK_URL}/v1/leads`, () => (calls++ === 0 ? never() : HttpResponse.json(page))));
    await expect(mockClient({ timeoutMs: 20 }).leads.list()).resolves.toEqual(page);
  });

  it('a network failure after the last retry is a network error', async () => {
    server.use(http.get(`${MOCK_URL}/v1/leads`, () => HttpResponse.error()));
    await expect(mockClient({ retries: 0 }).leads.list()).rejects.toMatchObject({
      name: 'LeadStatusError',
      kind: 'network',
      status: 0,
    });
  });
});

describe('abort', () => {
  it('rejects with the signal’s reason and makes no further attempt', async () => {
    let calls = 0;
    const controller = new AbortController();
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        setTimeout(() => controller.abort(), 5);
        return never();
      }),
    );
    const error = await mockClient()
      .leads.list({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(calls).toBe(1);
  });

  it('stops waiting between retries when aborted', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } });
      }),
    );
    const controller = new AbortController();
    const result = mockClient().leads.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 20);
    await expect(result).rejects.toThrow('user left');
    expect(calls).toBe(1);
  });

  it('an already aborted signal sends nothing', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return HttpResponse.json(page);
      }),
    );
    await expect(mockClient().leads.list({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls).toBe(0);
  });
});
