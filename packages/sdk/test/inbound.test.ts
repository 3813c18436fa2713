import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LeadStatusError, type RawMail } from '../src/index.js';
import { MOCK_URL, mockClient, problem, useMockServer } from './support/msw.js';

const server = useMockServer();

/** What the mock API saw of each request. */
interface Seen {
  method: string;
  url: URL;
  contentType: string | null;
  idempotencyKey: string | null;
  bytes: Uint8Array;
}

const received = {
  id: 'inb_1',
  kind: 'reply',
  bounce: null,
  out_of_office_until: null,
  match: null,
  event_id: null,
  enrollment: null,
  duplicate: false,
};

/** Answers the inbound routes with `answers` in turn (the last one repeats), recording each request. */
function recordRequests(
  answers: Array<() => Response> = [() => HttpResponse.json(received, { status: 202 })],
) {
  const seen: Seen[] = [];
  const handle = async ({ request }: { request: Request }) => {
    seen.push({
      method: request.method,
      url: new URL(request.url),
      contentType: request.headers.get('Content-Type'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
      bytes: new Uint8Array(await request.arrayBuffer()),
    });
    return (answers[seen.length - 1] ?? answers.at(-1) ?? (() => HttpResponse.error()))();
  };
  server.use(http.all(`${MOCK_URL}/v1/inbound/*`, handle));
  return seen;
}

// CRLF line ends and 8-bit bytes (ISO-8859-1 "Grüße", 0xFC) that no text decoding may touch.
const LATIN1 = Uint8Array.from([
  ...new TextEncoder().encode('Subject: Re: Hallo\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n\r\nGr'),
  0xfc,
  0xdf,
  0x65,
  0x0d,
  0x0a,
]);
const TEXT = 'From: Ann <ann@initech.example>\r\nSubject: Re: Grüße\r\n\r\nThursday works.\r\n';

describe('inbound.messages.create: the request it sends', () => {
  it.each<[string, RawMail, Uint8Array]>([
    ['a string (UTF-8)', TEXT, new TextEncoder().encode(TEXT)],
    ['a Uint8Array', LATIN1, LATIN1],
    ['a view into a larger buffer', new Uint8Array([0, ...LATIN1, 0]).subarray(1, -1), LATIN1],
    ['an ArrayBuffer', LATIN1.slice().buffer, LATIN1],
    ['a Blob', new Blob([LATIN1], { type: 'text/plain' }), LATIN1],
  ])('posts %s as message/rfc822, its bytes unchanged', async (_name, raw, bytes) => {
    const seen = recordRequests();
    await expect(mockClient().inbound.messages.create(raw)).resolves.toEqual(received);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', contentType: 'message/rfc822' });
    expect(seen[0]?.url.pathname).toBe('/v1/inbound/messages');
    expect(seen[0]?.url.search).toBe('');
    expect(seen[0]?.bytes).toEqual(bytes);
  });

  it('sends campaignId as ?campaign_id=, and the Idempotency-Key chosen (else one of its own)', async () => {
    const seen = recordRequests();
    await mockClient().inbound.messages.create(TEXT, { campaignId: 'cmp_1', idempotencyKey: 'mail-1' });
    expect(seen[0]?.url.search).toBe('?campaign_id=cmp_1');
    expect(seen[0]).toMatchObject({ contentType: 'message/rfc822', idempotencyKey: 'mail-1' });
    await mockClient().inbound.messages.create(TEXT);
    expect(seen[1]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a 503 with the same bytes and the same Idempotency-Key', async () => {
    const seen = recordRequests([
      () => problem(503, '/problems/service-unavailable', 'busy'),
      () => HttpResponse.json({ ...received, duplicate: true }, { status: 200 }),
    ]);
    await expect(mockClient().inbound.messages.create(LATIN1)).resolves.toMatchObject({ duplicate: true });
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((s) => s.idempotencyKey)).size).toBe(1);
    expect(seen[0]?.idempotencyKey).not.toBeNull();
    expect(seen.map((s) => s.bytes)).toEqual([LATIN1, LATIN1]);
    expect(seen.map((s) => s.contentType)).toEqual(['message/rfc822', 'message/rfc822']);
  });

  it('throws the problem of a 400 as a LeadStatusError', async () => {
    recordRequests([
      () =>
        problem(400, '/problems/validation-error', 'body: not a mail', [
          { path: 'body', message: 'not a mail' },
        ]),
    ]);
    const error = await mockClient()
      .inbound.messages.create('hello')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    expect(error).toMatchObject({ status: 400, errors: [{ path: 'body', message: 'not a mail' }] });
  });
});

describe('inbound.messages: list, iterate, get, match', () => {
  it('list sends its filters; matched may be a boolean', async () => {
    const seen = recordRequests([() => HttpResponse.json({ data: [], next_cursor: null })]);
    const inbound = mockClient().inbound.messages;
    await inbound.list({ matched: false, kind: 'reply', campaign_id: 'cmp_1', limit: 10 });
    await inbound.list({ matched: 'true' });
    await inbound.list();
    expect(seen.map((s) => s.method)).toEqual(['GET', 'GET', 'GET']);
    expect(seen.map((s) => s.url.pathname)).toEqual(Array(3).fill('/v1/inbound/messages'));
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({
      matched: 'false',
      kind: 'reply',
      campaign_id: 'cmp_1',
      limit: '10',
    });
    expect(seen[1]?.url.search).toBe('?matched=true');
    expect(seen[2]?.url.search).toBe('');
  });

  it('iterate follows next_cursor, keeping the filters', async () => {
    const pages = [
      { data: [{ id: 'inb_1' }], next_cursor: 'c2' },
      { data: [{ id: 'inb_2' }], next_cursor: null },
    ];
    const seen = recordRequests(pages.map((page) => () => HttpResponse.json(page)));
    const ids: string[] = [];
    for await (const mail of mockClient().inbound.messages.iterate({ matched: false })) ids.push(mail.id);
    expect(ids).toEqual(['inb_1', 'inb_2']);
    expect(seen.map((s) => Object.fromEntries(s.url.searchParams))).toEqual([
      { matched: 'false' },
      { matched: 'false', cursor: 'c2' },
    ]);
  });

  it('get and match reach the mail by id; match posts JSON', async () => {
    const seen = recordRequests([
      () => HttpResponse.json({ id: 'inb_1' }),
      () => HttpResponse.json(received),
    ]);
    const inbound = mockClient().inbound.messages;
    await inbound.get('inb_1');
    await inbound.match('inb_1', { lead_id: 'lead_1', campaign_id: 'cmp_1' });
    expect(seen.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      'GET /v1/inbound/messages/inb_1',
      'POST /v1/inbound/messages/inb_1/match',
    ]);
    expect(seen[1]?.contentType).toBe('application/json');
    expect(JSON.parse(new TextDecoder().decode(seen[1]?.bytes))).toEqual({
      lead_id: 'lead_1',
      campaign_id: 'cmp_1',
    });
  });
});
