import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createLeadStatusClient } from '../src/index.js';
import { MOCK_URL, mockClient, problem, useMockServer } from './support/msw.js';

const server = useMockServer();
const page = { data: [], next_cursor: null };

function acceptOnly(token: string, seen: Array<string | null>) {
  server.use(
    http.get(`${MOCK_URL}/v1/leads`, ({ request }) => {
      const authorization = request.headers.get('Authorization');
      seen.push(authorization);
      return authorization === `Bearer ${token}`
        ? HttpResponse.json(page)
        : problem(401, '/problems/unauthorized', 'The token has expired.');
    }),
  );
}

describe('authentication', () => {
  it('sends the API key as a bearer token', async () => {
    const seen: Array<string | null> = [];
    acceptOnly('lsk_test', seen);
    await mockClient().leads.list();
    expect(seen).toEqual(['Bearer lsk_test']);
  });

  it('calls the token provider for every request', async () => {
    const seen: Array<string | null> = [];
    acceptOnly('tok_1', seen);
    const calls: boolean[] = [];
    const client = mockClient({
      apiKey: undefined,
      tokenProvider: ({ forceRefresh }) => {
        calls.push(forceRefresh);
        return 'tok_1';
      },
    });
    await client.leads.list();
    await client.leads.list();
    expect(calls).toEqual([false, false]);
  });

  it('on a 401 asks the provider for a fresh token once and sends the request again', async () => {
    const seen: Array<string | null> = [];
    acceptOnly('tok_fresh', seen);
    const calls: boolean[] = [];
    const client = mockClient({
      apiKey: undefined,
      tokenProvider: async ({ forceRefresh }) => {
        calls.push(forceRefresh);
        return forceRefresh ? 'tok_fresh' : 'tok_stale';
      },
    });
    await expect(client.leads.list()).resolves.toEqual(page);
    expect(calls).toEqual([false, true]);
    expect(seen).toEqual(['Bearer tok_stale', 'Bearer tok_fresh']);
  });

  it('a second 401 is the error (no loop)', async () => {
    const seen: Array<string | null> = [];
    acceptOnly('never', seen);
    const client = mockClient({ apiKey: undefined, tokenProvider: () => 'tok_bad' });
    await expect(client.leads.list()).rejects.toMatchObject({ status: 401, type: '/problems/unauthorized' });
    expect(seen).toHaveLength(2);
  });

  it('a fixed key gets no second try on a 401', async () => {
    const seen: Array<string | null> = [];
    acceptOnly('other', seen);
    await expect(mockClient().leads.list()).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
  });

  it('refuses to build a client without credentials', () => {
    expect(() => createLeadStatusClient({ baseUrl: MOCK_URL, apiKey: '' })).toThrow(
      /apiKey, token or tokenProvider/,
    );
  });
});
