import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of the shared MariaDB server, so a test can take "the database"
 * away from one service without stopping the server every other test uses.
 * - `up`: forwards every connection.
 * - `refuse()`: drops every open connection and stops listening: new connections are refused, as
 *   when the database server is stopped.
 * - `blackhole()`: drops every open connection, then accepts new ones and never answers, as when
 *   packets to the database are lost (only timeouts end the wait).
 * - `restore()`: listens again on the same port and forwards.
 */
export interface TcpProxy {
  port: number;
  mode(): 'up' | 'refusing' | 'blackhole';
  refuse(): Promise<void>;
  blackhole(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let current: 'up' | 'refusing' | 'blackhole' = 'up';
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A reset from either side is expected here; without a listener it would throw.
    socket.on('error', () => {});
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (current === 'blackhole') return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
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
