import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of the shared MariaDB server, so a test can take "the database"
 * away from one service without stopping the server every other test uses.
 * - `up`: forwards every connection.
 * - `refuse()`: drops every open connection and stops listening: new connections are refused, as
 *   when the database server is stopped.
 * - `blackhole()`: drops every open connection, then accepts new ones and never answers, as when
 *   packets to the database are lost (only timeouts end the wait).
 * - `stall()`: keeps every connection open, open ones and new ones, and holds back every byte from
 *   the database: a query in flight is never answered, as when the database (or the network) stops
 *   mid-query without closing anything.
 * - `resume()`: forwards again, on the same connections (held bytes first).
 * - `restore()`: listens again on the same port and forwards.
 */
export interface TcpProxy {
  port: number;
  mode(): 'up' | 'refusing' | 'blackhole' | 'stalled';
  /** Open connections from the service (each one database connection). */
  connections(): number;
  refuse(): Promise<void>;
  blackhole(): Promise<void>;
  stall(): void;
  resume(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let current: 'up' | 'refusing' | 'blackhole' | 'stalled' = 'up';
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  /** Each connection's database side, piped to its service side unless stalled. */
  const pairs = new Map<Socket, Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A reset from either side is expected here; without a listener it would throw.
    socket.on('error', () => {});
  };
  const onConnection = (client: Socket) => {
    track(client);
    clients.add(client);
    client.once('close', () => clients.delete(client));
    if (current === 'blackhole') return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    if (current === 'stalled') upstream.pause();
    else upstream.pipe(client);
    pairs.set(upstream, client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => {
      pairs.delete(upstream);
      client.destroy();
    });
  };
  let server: Server = createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(0);
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });

  return {
    port,
    mode: () => current,
    connections: () => clients.size,
    async refuse() {
      current = 'refusing';
      await Promise.all([stopListening(), Promise.resolve(dropAll())]);
    },
    async blackhole() {
      current = 'blackhole';
      dropAll();
      if (!server.listening) {
        server = createServer(onConnection);
        await listen(port);
      }
    },
    stall() {
      current = 'stalled';
      for (const [upstream, client] of pairs) {
        upstream.unpipe(client);
        upstream.pause();
      }
    },
    resume() {
      current = 'up';
      for (const [upstream, client] of pairs) upstream.pipe(client);
    },
    async restore() {
      dropAll();
      current = 'up';
      if (!server.listening) {
        server = createServer(onConnection);
        await listen(port);
      }
    },
    async close() {
      current = 'refusing';
      dropAll();
      await stopListening();
    },
  };
}
