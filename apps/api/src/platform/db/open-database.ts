import { Kysely, MysqlDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
import type { ConnectionTarget } from '../config/connection-url.js';
import { withAutocommitRetry } from './autocommit-retry.js';
import { ConnectionDeadlines } from './connection-deadlines.js';
import type { Database, DialectName } from './database.js';
import { guardedPool } from './guarded-pool.js';
import { inProcessWriter } from './in-process-writer.js';
import { applySessionLimits, type SessionLimits } from './session-limits.js';
import { openSqliteKysely } from './sqlite-connection.js';
import { sqliteWriter } from './sqlite-writer.js';
import type { Writer } from './writer.js';

export { PoolAcquireTimeoutError } from './guarded-pool.js';

export interface DatabaseHandle {
  /** For reads. On a SQLite file it is read-only: every write goes through `writer`. */
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Runs write commands: on SQLite files on the writer thread, elsewhere on this thread. */
  readonly writer: Writer;
  /** Throws when the database cannot answer `SELECT 1` (or the SQLite writer thread cannot start). */
  ping(): Promise<void>;
  /**
   * Runs a request's work so that the connections it holds are destroyed, not returned to the pool,
   * when `deadline` aborts (MySQL). Absent where there is nothing to cut: SQLite runs each query
   * synchronously on the request's thread and cannot hang on a network.
   */
  withDeadline?<T>(deadline: AbortSignal, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** MySQL pool size; SQLite has one connection. */
  poolSize?: number;
  /** MySQL: per-statement limits set on each connection (the server's side of the request deadline). */
  sessionLimits?: SessionLimits;
  /** Told when the SQLite writer thread stops unexpectedly (it is started again for the next write). */
  onWriterExit?: (reason: string) => void;
}

export function openDatabase(target: ConnectionTarget, options: OpenOptions = {}): DatabaseHandle {
  if (target.dialect === 'sqlite') return openSqlite(target.filename, options);
  const deadlines = new ConnectionDeadlines();
  const db = openMysql(target.url, options, deadlines);
  return {
    ...handleOf(db, 'mysql', inProcessWriter(db, 'mysql')),
    withDeadline: (deadline, work) => deadlines.run(deadline, work),
  };
}

function handleOf(db: Kysely<Database>, dialect: DialectName, writer: Writer): DatabaseHandle {
  return {
    db,
    dialect,
    writer,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await writer.close();
      await db.destroy();
    },
  };
}

/**
 * A SQLite file: reads on this thread's read-only connection, writes on the writer thread's (WAL lets
 * them run at once). `:memory:` cannot be shared between two connections: one connection does both.
 */
function openSqlite(filename: string, options: OpenOptions): DatabaseHandle {
  const inMemory = filename === ':memory:';
  const db = openSqliteKysely(filename, { readOnly: !inMemory });
  if (inMemory) return handleOf(db, 'sqlite', inProcessWriter(db, 'sqlite'));
  const writer = sqliteWriter({
    filename,
    ...(options.onWriterExit ? { onUnexpectedExit: options.onWriterExit } : {}),
  });
  const handle = handleOf(db, 'sqlite', writer);
  return {
    ...handle,
    ping: async () => {
      await handle.ping();
      await writer.ready();
    },
  };
}

function openMysql(url: string, options: OpenOptions, deadlines: ConnectionDeadlines): Kysely<Database> {
  const pool = createPool({
    uri: url,
    connectionLimit: options.poolSize ?? 10,
    connectTimeout: 5_000,
    // SUM() and other DECIMAL results as numbers, BIGINT as numbers: the same shapes as SQLite.
    decimalNumbers: true,
    supportBigNumbers: false,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
  });
  // READ COMMITTED: REPEATABLE READ's gap locks turn concurrent keyed inserts into deadlocks;
  // writes that need more isolation take row locks explicitly.
  pool.on('connection', (connection) => {
    connection.query('set session transaction isolation level read committed');
  });
  const guarded = guardedPool(pool, {
    acquireTimeoutMs: ACQUIRE_TIMEOUT_MS,
    deadlines,
    ...(options.sessionLimits ? { prepare: applySessionLimits(options.sessionLimits) } : {}),
  });
  return new Kysely<Database>({ dialect: withAutocommitRetry(new MysqlDialect({ pool: guarded })) });
}

/**
 * Longest a query waits for a pooled connection, connecting included (connectTimeout is 5 s). Without
 * it, while the database cannot be reached, requests queued behind the pool wait one full connect
 * timeout per turn of the queue (mysql2 retries one queued request per failed attempt), so with many
 * requests in flight some would wait minutes; with it, each fails in time and answers 503.
 */
export const ACQUIRE_TIMEOUT_MS = 10_000;
