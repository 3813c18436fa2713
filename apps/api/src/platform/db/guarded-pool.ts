import type { Duplex } from 'node:stream';
import type { MysqlPool, MysqlPoolConnection } from 'kysely';
import type { Pool, PoolConnection } from 'mysql2';
import { type ConnectionDeadlines, DeadlineExceededError } from './connection-deadlines.js';

/** The error of a query that got no connection in time: `code` marks it "database unavailable". */
export class PoolAcquireTimeoutError extends Error {
  override name = 'PoolAcquireTimeoutError';
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
}

export interface PoolGuards {
  /** Longest a query waits for a connection, connecting and `prepare` included. */
  acquireTimeoutMs: number;
  /** The request each connection is handed to: its deadline destroys the connection. */
  deadlines: ConnectionDeadlines;
  /** Runs once on each new connection before its first query (session settings). */
  prepare?: (connection: PoolConnection) => Promise<void>;
}

/**
 * A connection whose query may never be answered (the database or the network stopped mid-query)
 * cannot go back to the pool: the next request would wait behind that query. mysql2's `destroy()`
 * takes it out of the pool but leaves the query in flight waiting forever; destroying the socket
 * with an error also fails that query, so whoever awaits it moves on.
 */
export function destroyConnection(connection: PoolConnection, error: Error): void {
  // The socket error below reaches the connection's listeners; this one keeps a repeat from throwing.
  connection.on('error', () => {});
  connection.destroy();
  (connection as unknown as { stream: Duplex }).stream.destroy(error);
}

/**
 * The pool as Kysely sees it, with three guards around mysql2's: a bound on the wait for a
 * connection (without it, while the database cannot be reached, requests queued behind the pool wait
 * one connect timeout per turn of the queue); the session settings of each new connection; and the
 * request deadline: a connection handed out for a request is destroyed when that request's deadline
 * passes, and a request still waiting for one stops waiting.
 */
export function guardedPool(pool: Pool, guards: PoolGuards): MysqlPool {
  const prepared = new WeakMap<PoolConnection, Promise<void>>();
  const preparation = (connection: PoolConnection): Promise<void> => {
    if (!guards.prepare) return Promise.resolve();
    let ready = prepared.get(connection);
    if (!ready) {
      ready = guards.prepare(connection);
      prepared.set(connection, ready);
    }
    return ready;
  };

  return {
    getConnection(callback) {
      const signal = guards.deadlines.current();
      const deadline = signal && !signal.aborted ? signal : undefined;
      let settled = false;
      let preparing: PoolConnection | undefined;
      const done = () => {
        settled = true;
        clearTimeout(timer);
        deadline?.removeEventListener('abort', onDeadline);
      };
      const fail = (error: unknown) => {
        if (settled) return;
        done();
        // A connection stuck in its session setup may be stuck on the network: not back to the pool.
        if (preparing)
          destroyConnection(preparing, error instanceof Error ? error : new Error(String(error)));
        callback(error, undefined as unknown as MysqlPoolConnection);
      };
      const timer = setTimeout(
        () =>
          fail(new PoolAcquireTimeoutError(`no database connection within ${guards.acquireTimeoutMs} ms`)),
        guards.acquireTimeoutMs,
      );
      const onDeadline = () => fail(new DeadlineExceededError('the request deadline passed'));
      deadline?.addEventListener('abort', onDeadline, { once: true });

      pool.getConnection((error, connection) => {
        if (settled) {
          // Too late for the query that asked: back to the pool for the next one.
          connection?.release();
          return;
        }
        if (error) return fail(error);
        preparing = connection;
        preparation(connection).then(
          () => {
            if (settled) return connection.release();
            done();
            callback(null, deadline ? lease(connection, deadline) : asKysely(connection));
          },
          (setupError: unknown) => fail(setupError),
        );
      });
    },
    end: (callback) => pool.end(callback),
  };
}

const asKysely = (connection: PoolConnection) => connection as unknown as MysqlPoolConnection;

/** The connection for one request, until it is released: destroyed if the deadline passes first. */
function lease(connection: PoolConnection, deadline: AbortSignal): MysqlPoolConnection {
  const onDeadline = () =>
    destroyConnection(connection, new DeadlineExceededError('the request deadline passed'));
  deadline.addEventListener('abort', onDeadline, { once: true });
  const query = connection.query.bind(connection) as unknown as MysqlPoolConnection['query'];
  return {
    query,
    release() {
      deadline.removeEventListener('abort', onDeadline);
      connection.release();
    },
  };
}
