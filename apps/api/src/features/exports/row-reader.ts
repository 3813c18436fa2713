import SqliteDatabase from 'better-sqlite3';
import { type CompiledQuery, sql } from 'kysely';
import type { Db, DialectName } from '../../platform/db/database.js';

/** Runs the export's queries, built and compiled by the service's Kysely instance (its plugins apply). */
export interface RowReader {
  rows<R>(query: CompiledQuery): Promise<R[]>;
  close(): void;
}

/**
 * The page cache of an export's own SQLite connection, in KiB. An export looks each row (and its
 * lead) up at random over the whole table, so a big cache barely helps: a million rows read at the
 * same rate with 2 MiB as with 64 MiB. The operating system caches the file anyway.
 */
export const EXPORT_CACHE_KIB = 2048;

/** Statements kept prepared per export: a few shapes (first page, next pages, pages by id). */
const MAX_STATEMENTS = 16;

/**
 * Where an export reads. On SQLite on a file, a read-only connection of its own, closed when the
 * export ends: a scan of a million rows through the service's connection would fill that one's
 * 64 MiB page cache with pages read once (memory the process keeps) and push out the hot index pages
 * that writes use. In WAL mode it reads alongside the writer, each statement its own snapshot, as
 * the list's pages are. Elsewhere (MySQL, an in-memory SQLite, a transaction, `own: false`), the
 * service's connection, through Kysely.
 */
export async function openRowReader(
  db: Db,
  options: { dialect: DialectName; own: boolean },
): Promise<RowReader> {
  const file = options.own && options.dialect === 'sqlite' && !db.isTransaction ? await sqliteFile(db) : '';
  if (!file) {
    return { rows: async (query) => (await db.executeQuery(query)).rows as never, close: () => {} };
  }
  const connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    connection.pragma(`cache_size = -${EXPORT_CACHE_KIB}`);
  } catch (error) {
    connection.close();
    throw error;
  }
  const statements = new Map<string, { statement: SqliteDatabase.Statement; names: string[] }>();
  return {
    rows: async <R>(query: CompiledQuery) => {
      let prepared = statements.get(query.sql);
      if (!prepared) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        // Rows as arrays, made objects here: cheaper than better-sqlite3's own objects.
        const statement = connection.prepare(query.sql).raw(true);
        prepared = { statement, names: statement.columns().map((column) => column.name) };
        statements.set(query.sql, prepared);
      }
      const { statement, names } = prepared;
      const rows = statement.all(query.parameters as unknown[]) as unknown[][];
      return rows.map((values) => {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
        return row as R;
      });
    },
    close: () => connection.close(),
  };
}

/** The file of the main database ('' in memory). */
async function sqliteFile(db: Db): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  return rows.find((row) => row.name === 'main')?.file ?? '';
}
