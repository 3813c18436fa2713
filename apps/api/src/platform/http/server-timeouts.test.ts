import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type LeadStatusApp } from '../../app.js';
import { createWorkspace } from '../../features/workspaces/workspaces.repository.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { applyServerTimeouts } from './server-timeouts.js';

/** Tiny deadlines, so a slow client is cut off within the test's own time bound. */
const TIMEOUTS = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200 };
const CUT_OFF_WITHIN_MS = 3_000;

interface Exchange {
  /** Everything the server sent before it closed the connection (or before we gave up). */
  received: string;
  /** When the server closed the connection, in ms from connecting; null if it stayed open. */
  closedAfterMs: number | null;
}

/**
 * Opens a raw socket on 127.0.0.1 and writes `chunks` one per `everyMs` (a Slowloris client),
 * until the server closes it or `giveUpMs` passes.
 */
function trickle(port: number, chunks: readonly string[], everyMs: number, giveUpMs: number) {
  return new Promise<Exchange>((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let next = 0;
    const writer = setInterval(() => {
      if (next < chunks.length && !socket.destroyed) socket.write(chunks[next++] as string);
    }, everyMs);
    const finish = (closedAfterMs: number | null) => {
      clearInterval(writer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ received, closedAfterMs });
    };
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    socket.on('data', (data) => {
      received += data.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - started));
  });
}

describeEachDatabase('slow clients on a real socket', ({ database }) => {
  let leadStatus: LeadStatusApp;
  let server: ServerType;
  let port: number;
  let apiKey: string;

  beforeAll(async () => {
    leadStatus = createApp({ database: database.handle, stream: { heartbeatMs: 100, pollIntervalMs: 50 } });
    ({ apiKey } = await createWorkspace(database.handle.writer, { name: 'Slow', now: Date.now() }));
    server = serve({ fetch: leadStatus.app.fetch, port: 0, hostname: '127.0.0.1' });
    applyServerTimeouts(server, TIMEOUTS);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await leadStatus.close();
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => resolve());
    });
  });

  it('answers a prompt client as usual', async () => {
    const exchange = await trickle(
      port,
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
      1,
      2_000,
    );
    expect(exchange.received).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('cuts off a client that sends its headers a line at a time (Slowloris) with a 408', async () => {
    const lines = [
      'GET /healthz HTTP/1.1\r\n',
      'Host: x\r\n',
      ...Array.from({ length: 50 }, (_, i) => `X-${i}: y\r\n`),
    ];
    const exchange = await trickle(port, lines, 100, CUT_OFF_WITHIN_MS);
    expect(exchange.closedAfterMs).not.toBeNull();
    expect(exchange.closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.headersTimeoutMs - 50);
    expect(exchange.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('cuts off a client that connects and sends nothing', async () => {
    const exchange = await trickle(port, [], 100, CUT_OFF_WITHIN_MS);
    expect(exchange.closedAfterMs).not.toBeNull();
    expect(exchange.received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('cuts off a client that trickles its body past the request deadline', async () => {
    const head =
      'POST /v1/leads HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      `Authorization: Bearer ${apiKey}\r\nContent-Length: 200\r\n\r\n`;
    const exchange = await trickle(
      port,
      [head, ...'{"email":"slow@example.com"'.split('')],
      100,
      CUT_OFF_WITHIN_MS,
    );
    expect(exchange.closedAfterMs).not.toBeNull();
    expect(exchange.closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.requestTimeoutMs - 50);
    expect(exchange.received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const exchange = await trickle(port, ['GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'], 1, CUT_OFF_WITHIN_MS);
    expect(exchange.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(exchange.closedAfterMs).not.toBeNull();
  });

  it('never cuts an event stream: the deadline bounds receiving the request, not the response', async () => {
    const request = `GET /v1/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\n\r\n`;
    // Open for three times the request deadline, receiving heartbeats all along.
    const openFor = TIMEOUTS.requestTimeoutMs * 3;
    const exchange = await trickle(port, [request], 1, openFor);
    expect(exchange.closedAfterMs).toBeNull();
    expect(exchange.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(exchange.received).toContain('text/event-stream');
    expect(exchange.received.split(': ping').length - 1).toBeGreaterThanOrEqual(6);
  });
});
