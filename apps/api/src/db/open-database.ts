import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, MysqlDialect, SqliteDialect, sql } from 'kysely';
import { createPool } from 'mysql2';
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
  return new Kysely<Database>({ dialect: new MysqlDialect({ pool }) });
}
