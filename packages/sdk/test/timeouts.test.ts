import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LeadStatusError } from '../src/index.js';
import { MOCK_URL, mockClient, useMockServer } from './support/msw.js';

const server = useMockServer();
const page = { data: [], next_cursor: null };
const never = () => new Promise<Response>(() => {});

/**
 * A fetch double for the timing tests: counted when called (not when an HTTP mock gets round to it),
 * answering from `answers` in turn; an attempt answered `null` (or past the list) hangs until its signal aborts. On a
 * loaded machine a 20 ms timeout then still sees exactly the attempts it should.
 */
function countingFetch(...answers: Array<(() => Response) | null>) {
  const calls: Request[] = [];
  const fetch = (request: Request): Promise<Response> => {
    const answer = answers[calls.length];
    calls.push(request);
    if (answer) return Promise.resolve(answer());
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  };
  return { fetch, calls };
}

describe('timeouts', () => {
  it('times an attempt out, retries it, then throws a timeout error', async () => {
    const { fetch, calls } = countingFetch();
    const error = await mockClient({ fetch, timeoutMs: 20, retries: { maxRetries: 1, baseDelayMs: 1 } })
      .leads.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    expect(error).toMatchObject({ kind: 'timeout', status: 0, type: '/sdk/timeout' });
    expect(calls).toHaveLength(2);
  });

  it('succeeds when a retry answers in time', async () => {
    const { fetch, calls } = countingFetch(null, () => Response.json(page));
    await expect(mockClient({ fetch, timeoutMs: 20 }).leads.list()).resolves.toEqual(page);
    expect(calls).toHaveLength(2);
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
    const controller = new AbortController();
    const { fetch, calls } = countingFetch(() => {
      // Aborted on the next macrotask: the client has read the 503 by then and waits its 30 s.
      setTimeout(() => controller.abort(new Error('user left')), 0);
      return new Response(null, { status: 503, headers: { 'Retry-After': '30' } });
    });
    const result = mockClient({ fetch }).leads.list({}, { signal: controller.signal });
    await expect(result).rejects.toThrow('user left');
    expect(calls).toHaveLength(1);
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
