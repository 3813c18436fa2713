import { afterEach, describe, expect, it, vi } from 'vitest';
import { $, $$, mount, text } from '../test-support/dom.js';
import { eventually } from '../test-support/eventually.js';
import { makeRow, makeSummary } from '../test-support/fixtures.js';

/**
 * The widgets on the real SDK (`api-base` + `token` / `tokenProvider`), with `fetch` answered here:
 * what goes over the wire, token refresh, and the SSE stream.
 */
const BASE = 'https://api.leadstatus.test';
const rows = [makeRow(0, { status: 'engaged' }), makeRow(1, { status: 'replied' })];
const encoder = new TextEncoder();

function json(body: unknown, status = 200) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const expired = () =>
  json(
    {
      type: '/problems/unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'The embed token has expired; mint a new one with POST /v1/embed-tokens.',
    },
    401,
  );

/** An SSE body that stays open (as the service's does) until the client cancels it. */
function sse(frames: string[]) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode('retry: 2000\nevent: ready\nid: chg_0\ndata: {"cursor":"chg_0"}\n\n'),
      );
      timer = setTimeout(() => {
        for (const frame of frames) controller.enqueue(encoder.encode(frame));
      }, 50);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
}

function api(options: { validToken: string; streamFrames?: string[] }) {
  const requests: { url: URL; authorization: string | null }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const authorization = request.headers.get('Authorization');
    requests.push({ url, authorization });
    if (authorization !== `Bearer ${options.validToken}`) return expired();
    switch (url.pathname) {
      case '/v1/leads':
        return json({ data: rows, next_cursor: null });
      case '/v1/analytics':
        return json(makeSummary({ engaged: 1, replied: 1 }));
      case '/v1/stream':
        return sse(options.streamFrames ?? []);
      default:
        return json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Not found.' }, 404);
    }
  });
  vi.stubGlobal('fetch', fetch);
  return { requests, fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('widgets on the SDK', () => {
  it('asks the tokenProvider for a fresh token when the token has expired, and carries on', async () => {
    const { requests } = api({ validToken: 'fresh' });
    const tokenProvider = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
      forceRefresh ? 'fresh' : 'stale',
    );
    const table = await mount(
      'lead-status-table',
      { tokenProvider },
      { 'api-base': BASE, statuses: 'replied,engaged' },
    );
    await eventually(() => expect($$(table, '[role="row"][data-index]').length).toBe(2));
    expect(tokenProvider).toHaveBeenCalledWith({ forceRefresh: true });
    const list = requests.filter((r) => r.url.pathname === '/v1/leads');
    expect(list.map((r) => r.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
    // Exactly the selected statuses, in the form the API documents.
    expect(list[1]?.url.search).toBe('?status=engaged,replied&sort=-status_changed_at&limit=100');
    expect($(table, '[role="alert"]')).toBeNull();
  });

  it('shows the expired state when a fixed token has expired', async () => {
    api({ validToken: 'another' });
    const table = await mount('lead-status-table', {}, { 'api-base': BASE, token: 'old-token' });
    await eventually(() => expect(text($(table, '[role="alert"] p'))).toMatch(/expired/));
    expect($(table, '[part="retry"]')).not.toBeNull();
  });

  it('reloads with a new token set on the element', async () => {
    api({ validToken: 'new-token' });
    const table = await mount('lead-status-table', {}, { 'api-base': BASE, token: 'old-token' });
    await eventually(() => expect($(table, '[role="alert"]')).not.toBeNull());
    table.setAttribute('token', 'new-token');
    await eventually(() => expect($$(table, '[role="row"][data-index]').length).toBe(2));
  });

  it('updates a row from the SSE stream, sharing one stream between widgets of the same campaign', async () => {
    const change = {
      enrollment_id: rows[0]?.enrollment_id,
      lead_id: rows[0]?.lead.id,
      campaign_id: 'cmp_1',
      from: 'engaged',
      to: 'unsubscribed',
      reason: 'link',
      at: '2026-11-27T11:00:00.000Z',
    };
    const { requests } = api({
      validToken: 'tok',
      streamFrames: [`event: status.changed\nid: chg_1\ndata: ${JSON.stringify(change)}\n\n`],
    });
    const table = await mount('lead-status-table', {}, { 'api-base': BASE, token: 'tok' });
    await mount('lead-status-filter', {}, { 'api-base': BASE, token: 'tok' });
    await eventually(() => expect(text($(table, '[data-index="0"] [part="badge"]'))).toBe('Unsubscribed'));
    expect(text($(table, '[data-index="0"] .reason'))).toBe('Unsubscribe link');
    expect(requests.filter((r) => r.url.pathname === '/v1/stream').length).toBe(1);
  });
});
