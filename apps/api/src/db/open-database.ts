import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, MysqlDialect, SqliteDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
import { withAutocommitRetry } from './autocommit-retry.js';
import { ConnectionDeadlines } from './connection-deadlines.js';
import type { ConnectionTarget } from './connection-url.js';
import type { Database, DialectName } from './database.js';
import { guardedPool } from './guarded-pool.js';
import { applySessionLimits, type SessionLimits } from './session-limits.js';
import { cachingStatements } from './statement-cache.js';

export { PoolAcquireTimeoutError } from './guarded-pool.js';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Throws when the database cannot answer `SELECT 1`. */
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
}

export function openDatabase(target: ConnectionTarget, options: OpenOptions = {}): DatabaseHandle {
  if (target.dialect === 'sqlite') return handleOf(openSqlite(target.filename), 'sqlite');
  const deadlines = new ConnectionDeadlines();
  return {
    ...handleOf(openMysql(target.url, options, deadlines), 'mysql'),
    withDeadline: (deadline, work) => deadlines.run(deadline, work),
  };
}

function handleOf(db: Kysely<Database>, dialect: DialectName): DatabaseHandle {
  return {
    db,
    dialect,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function openSqlite(filename: string): Kysely<Database> {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  // WAL lets readers work while a writer commits; busy_timeout waits out another process's write.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  // A 64 MiB page cache (default 2 MiB) keeps the enrollment indexes that every event touches in
  // memory; checkpointing every ~40 MiB of WAL instead of 4 MiB batches the copy-back work.
  database.pragma('cache_size = -65536');
  database.pragma('wal_autocheckpoint = 10000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
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
