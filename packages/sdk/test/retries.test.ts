import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadStatusError } from '../src/index.js';
import { MOCK_URL, mockClient, problem, useMockServer } from './support/msw.js';

const server = useMockServer();
const page = { data: [], next_cursor: null };
const accepted = {
  event_id: 'evt_1',
  duplicate: false,
  enrollment: { id: 'enr_1', status: 'sent', status_reason: null },
};
const event = { type: 'sent', campaign_id: 'cmp_1', lead_id: 'lead_1' } as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('retries 5xx and 429 until the request succeeds', async () => {
    const statuses = [503, 500, 429];
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        const status = statuses[calls++];
        return status ? problem(status, '/problems/internal-error', 'try again') : HttpResponse.json(page);
      }),
    );
    await expect(mockClient().leads.list()).resolves.toEqual(page);
    expect(calls).toBe(4);
  });

  it('retries network errors', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () =>
        calls++ === 0 ? HttpResponse.error() : HttpResponse.json(page),
      ),
    );
    await expect(mockClient().leads.list()).resolves.toEqual(page);
    expect(calls).toBe(2);
  });

  it('gives up after `retries` and throws the last problem', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return problem(503, '/problems/service-unavailable', 'database down');
      }),
    );
    const error = await mockClient({ retries: { maxRetries: 2, baseDelayMs: 1 } })
      .leads.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    expect(error).toMatchObject({ kind: 'http', status: 503, type: '/problems/service-unavailable' });
    expect(calls).toBe(3);
  });

  it('does not retry a client error', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads/lead_1`, () => {
        calls++;
        return problem(404, '/problems/not-found', 'no such lead');
      }),
    );
    await expect(mockClient().leads.get('lead_1')).rejects.toMatchObject({ status: 404 });
    expect(calls).toBe(1);
  });

  it('with retries: 0 makes one attempt', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return problem(502, 'about:blank', 'bad gateway');
      }),
    );
    await expect(mockClient({ retries: 0 }).leads.list()).rejects.toMatchObject({ status: 502 });
    expect(calls).toBe(1);
  });
});

describe('Retry-After', () => {
  it('waits the seconds it asks for before retrying', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const times: number[] = [];
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        times.push(Date.now());
        if (times.length > 1) return HttpResponse.json(page);
        const limited = problem(429, '/problems/rate-limited', 'slow down');
        limited.headers.set('Retry-After', '3');
        return limited;
      }),
    );
    const result = mockClient({ retries: { baseDelayMs: 1, maxDelayMs: 1 } }).leads.list();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual(page);
    expect(times).toHaveLength(2);
  });

  it('reads an HTTP date too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        if (calls++ > 0) return HttpResponse.json(page);
        const unavailable = problem(503, '/problems/service-unavailable', 'restarting');
        unavailable.headers.set('Retry-After', 'Fri, 27 Nov 2026 10:00:05 GMT');
        return unavailable;
      }),
    );
    const result = mockClient().leads.list();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual(page);
  });

  it('does not wait longer than maxRetryAfterMs: the error is returned at once', async () => {
    let calls = 0;
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        const limited = problem(429, '/problems/rate-limited', 'come back in an hour');
        limited.headers.set('Retry-After', '3600');
        return limited;
      }),
    );
    await expect(mockClient().leads.list()).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('sends one Idempotency-Key with a POST and the same one on every retry', async () => {
    const keys: Array<string | null> = [];
    server.use(
      http.post(`${MOCK_URL}/v1/events`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length === 1) return HttpResponse.error();
        if (keys.length === 2) return problem(503, '/problems/service-unavailable', 'busy');
        return HttpResponse.json(accepted, { status: 202 });
      }),
    );
    await expect(mockClient().events.send(event)).resolves.toEqual(accepted);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it('uses a new key for each call, and the caller’s key when given', async () => {
    const keys: Array<string | null> = [];
    server.use(
      http.post(`${MOCK_URL}/v1/events`, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(accepted, { status: 202 });
      }),
    );
    const client = mockClient();
    await client.events.send(event);
    await client.events.send(event);
    await client.events.send(event, { idempotencyKey: 'import-42:row-7' });
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe('import-42:row-7');
  });

  it('sends no key with GET, PATCH or DELETE', async () => {
    const keys: Array<string | null> = [];
    const record = ({ request }: { request: Request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
    };
    server.use(
      http.get(`${MOCK_URL}/v1/leads`, (info) => {
        record(info);
        return HttpResponse.json(page);
      }),
      http.delete(`${MOCK_URL}/v1/leads/lead_1`, (info) => {
        record(info);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const client = mockClient();
    await client.leads.list();
    await client.leads.delete('lead_1');
    expect(keys).toEqual([null, null]);
  });

  it('retries the 409 of a key still in use after a lost attempt, until the first answer is replayed', async () => {
    let calls = 0;
    server.use(
      http.post(`${MOCK_URL}/v1/events`, () => {
        calls++;
        if (calls === 1) return HttpResponse.error();
        if (calls === 2)
          return problem(409, '/problems/conflict', 'A request with this Idempotency-Key is in progress');
        return HttpResponse.json(accepted, { status: 202, headers: { 'Idempotent-Replayed': 'true' } });
      }),
    );
    await expect(mockClient().events.send(event)).resolves.toEqual(accepted);
    expect(calls).toBe(3);
  });

  it('does not retry a 409 when no attempt was lost (a real conflict)', async () => {
    let calls = 0;
    server.use(
      http.post(`${MOCK_URL}/v1/leads`, () => {
        calls++;
        return problem(409, '/problems/conflict', 'A lead with this e-mail exists.');
      }),
    );
    await expect(mockClient().leads.create({ email: 'ann@example.com' })).rejects.toMatchObject({
      status: 409,
    });
    expect(calls).toBe(1);
  });
});
