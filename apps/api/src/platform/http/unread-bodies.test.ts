import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LeadStatusApp } from '../../app.js';
import { createWorkspace } from '../../features/workspaces/workspaces.repository.js';
import { singleConnectionFetch } from '../../test-support/single-connection-fetch.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';
import { listen } from './listen.js';
import { MAX_DISCARDED_BODY_BYTES } from './unread-bodies.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Issue 12, item 6: an answer sent before the request body was read (a 413, a 401 on a POST...)
 * must leave the connection usable, or the client's next request on it fails with "other side
 * closed". Node's own fetch, one keep-alive connection, a real listening server.
 */
// The bodies are refused before storage is touched: one dialect is enough.
describe('answers sent before the body was read keep the connection usable', () => {
  let database: TestDatabase;
  const servers: Array<{ leadStatus: LeadStatusApp; server: Server }> = [];
  let apiKey: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    ({ apiKey } = await createWorkspace(database.handle.writer, { name: 'Bodies', now: Date.now() }));
  });
  afterAll(async () => {
    for (const { leadStatus, server } of servers) {
      await leadStatus.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await database.drop();
  });

  /** A server on a free port; `connections` counts the TCP connections it accepted. */
  const start = async (
    options: Parameters<typeof createApp>[0] extends infer O ? Partial<O> : never = {},
  ) => {
    const leadStatus = createApp({ database: database.handle, ...options });
    const server = listen(leadStatus.app.fetch, { port: 0, hostname: '127.0.0.1' });
    servers.push({ leadStatus, server });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const counter = { connections: 0 };
    server.on('connection', () => {
      counter.connections += 1;
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, counter };
  };

  let client: ReturnType<typeof singleConnectionFetch>;
  beforeAll(() => {
    client = singleConnectionFetch();
  });
  afterEach(async () => {
    await client.close();
    client = singleConnectionFetch();
  });

  /** Several ordinary requests after the early answer, all on the same (single) connection. */
  const followUps = async (base: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await client.fetch(`${base}/healthz`)).status);
      const created = await client.fetch(`${base}/v1/leads`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `follow-up-${i}-${Math.random().toString(36).slice(2)}@example.com` }),
      });
      statuses.push(created.status);
      await created.arrayBuffer();
    }
    return statuses;
  };

  it('a 2 MiB POST /v1/leads/batch: 413, then every next request on the connection answered', async () => {
    const { base, counter } = await start();
    const response = await client.fetch(`${base}/v1/leads/batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ leads: [{ email: 'x'.repeat(2 * MiB) }] }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('connection')).not.toBe('close');
    await response.arrayBuffer();
    expect(await followUps(base)).toEqual([200, 201, 200, 201, 200, 201]);
    expect(counter.connections).toBe(1);
  });

  it.each([
    ['401: no credentials', {}, 401],
    ['415: not JSON', { Authorization: 'Bearer KEY', 'Content-Type': 'text/plain' }, 415],
  ])('a large POST answered %s, then every next request answered', async (_, headers, status) => {
    const { base, counter } = await start();
    const response = await client.fetch(`${base}/v1/leads/batch`, {
      method: 'POST',
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('KEY', apiKey)])),
      body: 'x'.repeat(900 * KiB),
    });
    expect(response.status).toBe(status);
    await response.arrayBuffer();
    expect(await followUps(base)).toEqual([200, 201, 200, 201, 200, 201]);
    expect(counter.connections).toBe(1);
  });

  it('a large POST answered 429, then the next requests answered', async () => {
    const { base, counter } = await start({ rateLimit: { perSecond: 0.001, burst: 1 } });
    const post = () =>
      client.fetch(`${base}/v1/leads/batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          leads: [{ email: 'a@example.com', company: 'x'.repeat(200) }],
          pad: 'x'.repeat(900 * KiB),
        }),
      });
    expect((await (await post()).arrayBuffer()).byteLength).toBeGreaterThan(0);
    const limited = await post();
    expect(limited.status).toBe(429);
    await limited.arrayBuffer();
    for (let i = 0; i < 3; i++) expect((await client.fetch(`${base}/healthz`)).status).toBe(200);
    expect(counter.connections).toBe(1);
  });

  /** Writes `head` and `body` on a raw socket; resolves with what came back once the server closed. */
  const raw = (base: string, head: string, body: string) =>
    new Promise<{ received: string; closed: boolean }>((resolve) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1');
      let received = '';
      socket.on('data', (data) => {
        received += data.toString('latin1');
      });
      socket.on('error', () => {});
      socket.on('close', () => resolve({ received, closed: true }));
      socket.write(head);
      socket.write(body);
    });

  it('a body too large to discard: the answer says Connection: close, and the server closes', async () => {
    const { base } = await start();
    const declared = MAX_DISCARDED_BODY_BYTES + 1;
    const head = `POST /v1/leads/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`;
    const { received, closed } = await raw(base, head, '{"leads": [');
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(closed).toBe(true);
  });

  it('a chunked body over the limit: 413 with Connection: close', async () => {
    const { base } = await start();
    const chunk = 'x'.repeat(64 * KiB);
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const head = `POST /v1/leads/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const { received } = await raw(base, head, chunks);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
  });
});
