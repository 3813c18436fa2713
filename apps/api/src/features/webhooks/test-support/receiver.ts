import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * What the receiver answers to one request: a status with a body, or the request's own body (`echo`),
 * after an optional pause; or never (`hang`).
 */
export type Reply = { status: number; body?: string; echo?: boolean; delayMs?: number } | 'hang';

export interface Receiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  requests: ReceivedRequest[];
  /** Replies for the next requests, in order; then 200. */
  reply(...replies: Reply[]): void;
  /** Answers every hanging request with 200. */
  release(): void;
  /** How many requests it holds open (`hang`) right now. */
  holding(): number;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real local HTTP endpoint on 127.0.0.1 (port 0) that records what it receives. */
export async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const queue: Reply[] = [];
  const hanging: ServerResponse[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({ path: req.url ?? '/', headers: req.headers, body });
      for (const wake of waiters.splice(0)) wake();
      const reply = queue.shift() ?? { status: 200, body: 'ok' };
      if (reply === 'hang') {
        hanging.push(res);
        return;
      }
      const answer = () =>
        res
          .writeHead(reply.status, { 'content-type': 'text/plain' })
          .end(reply.echo ? body : (reply.body ?? ''));
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    release: () => {
      for (const res of hanging.splice(0)) if (!res.writableEnded) res.writeHead(200).end('late');
    },
    holding: () => hanging.filter((res) => !res.writableEnded).length,
    // A bound, not a pace: it returns as soon as the requests arrive, even on a loaded machine.
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} requests, got ${requests.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: async () => {
      for (const res of hanging.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
