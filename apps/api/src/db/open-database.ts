import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, MysqlDialect, type MysqlPool, type MysqlPoolConnection, SqliteDialect, sql } from 'kysely';
import { createPool, type Pool } from 'mysql2';
import type { ConnectionTarget } from './connection-url.js';
import type { Database, DialectName } from './database.js';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Throws when the database cannot answer `SELECT 1`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** MySQL pool size; SQLite has one connection. */
  poolSize?: number;
}

export function openDatabase(target: ConnectionTarget, options: OpenOptions = {}): DatabaseHandle {
  const db = target.dialect === 'sqlite' ? openSqlite(target.filename) : openMysql(target.url, options);
  return {
    db,
    dialect: target.dialect,
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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openMysql(url: string, options: OpenOptions): Kysely<Database> {
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
  return new Kysely<Database>({
    dialect: new MysqlDialect({ pool: withAcquireTimeout(pool, ACQUIRE_TIMEOUT_MS) }),
  });
}

/**
 * Longest a query waits for a pooled connection, connecting included (connectTimeout is 5 s). Without
 * it, while the database cannot be reached, requests queued behind the pool wait one full connect
 * timeout per turn of the queue (mysql2 retries one queued request per failed attempt), so with many
 * requests in flight some would wait minutes; with it, each fails in time and answers 503.
 */
export const ACQUIRE_TIMEOUT_MS = 10_000;

/** The error of a query that got no connection in time: `code` marks it "database unavailable". */
export class PoolAcquireTimeoutError extends Error {
  override name = 'PoolAcquireTimeoutError';
  readonly code = 'POOL_ACQUIRE_TIMEOUT';
}

function withAcquireTimeout(pool: Pool, timeoutMs: number): MysqlPool {
  return {
    getConnection(callback) {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        callback(
          new PoolAcquireTimeoutError(`no database connection within ${timeoutMs} ms`),
          undefined as unknown as MysqlPoolConnection,
        );
      }, timeoutMs);
      pool.getConnection((error, connection) => {
        if (settled) {
          // Too late for the query that asked: back to the pool for the next one.
          connection?.release();
          return;
        }
        settled = true;
        clearTimeout(timer);
        callback(error, connection as unknown as MysqlPoolConnection);
      });
    },
    end: (callback) => pool.end(callback),
  };
}
