import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { cachingStatements } from './statement-cache.js';

/**
 * A connection to a SQLite file with the service's settings. `readOnly` connections (the request
 * thread's, beside a writer thread) refuse every write with SQLITE_READONLY, so a write that bypassed
 * the writer fails loudly instead of waiting for the write lock on the request thread.
 */
export function openSqliteConnection(
  filename: string,
  options: { readOnly?: boolean } = {},
): SqliteDatabase.Database {
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
  if (options.readOnly) database.pragma('query_only = ON');
  return database;
}

/** The same connection under Kysely, with its prepared statements cached (statement-cache.ts). */
export function openSqliteKysely(filename: string, options: { readOnly?: boolean } = {}): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(openSqliteConnection(filename, options)) }),
  });
}
