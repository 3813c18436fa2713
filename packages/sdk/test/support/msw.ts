import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createLeadStatusClient, type LeadStatusClient } from '../../src/index.js';

export const MOCK_URL = 'https://api.leadstatus.test';

/** An msw server for one test file: unhandled requests fail the test. */
export function useMockServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client on the mock API with retries that wait a millisecond, not seconds. */
export function mockClient(
  options: Partial<Parameters<typeof createLeadStatusClient>[0]> = {},
): LeadStatusClient {
  return createLeadStatusClient({
    baseUrl: MOCK_URL,
    apiKey: 'lsk_test',
    retries: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  } as Parameters<typeof createLeadStatusClient>[0]);
}

export function problem(status: number, type: string, detail: string, errors?: unknown[]) {
  return Response.json(
    { type, title: 'Problem', status, detail, ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
