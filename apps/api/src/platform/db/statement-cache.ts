import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** What Kysely's SqliteDialect needs of better-sqlite3, plus the `busy` flag of a statement. */
interface PreparingDatabase {
  prepare(sql: string): SqliteStatement & { readonly busy: boolean };
  close(): void;
}

export interface StatementCacheOptions {
  /** Most statements kept; the least recently used goes first. */
  maxStatements?: number;
  /** Longer SQL (a bulk insert of many rows) is prepared each time: such statements are big and varied. */
  maxSqlLength?: number;
}

export const DEFAULT_MAX_STATEMENTS = 256;
export const DEFAULT_MAX_SQL_LENGTH = 8_192;

/**
 * The connection as Kysely's SqliteDialect sees it, with its prepared statements kept in a bounded LRU
 * map keyed by SQL: Kysely prepares every query anew, which costs more than running a short one.
 * Statements belong to their connection, so the cache lives and dies with it. A statement still
 * being iterated (a streamed query) is `busy` and cannot run twice at once: that caller gets a fresh one.
 * SQLite re-prepares a statement itself when the schema changes (a migration), so entries never go stale.
 */
export function cachingStatements(
  database: PreparingDatabase,
  options: StatementCacheOptions = {},
): SqliteDatabase {
  const maxStatements = options.maxStatements ?? DEFAULT_MAX_STATEMENTS;
  const maxSqlLength = options.maxSqlLength ?? DEFAULT_MAX_SQL_LENGTH;
  const statements = new Map<string, SqliteStatement & { readonly busy: boolean }>();
  return {
    prepare(sql) {
      if (sql.length > maxSqlLength) return database.prepare(sql);
      const cached = statements.get(sql);
      if (cached) {
        if (cached.busy) return database.prepare(sql);
        // Map order is insertion order: moving the entry to the end keeps the oldest use first.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > maxStatements) {
        const oldest = statements.keys().next().value;
        if (oldest !== undefined) statements.delete(oldest);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
