import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.js';

function counted(options?: Parameters<typeof cachingStatements>[1]) {
  const database = new SqliteDatabase(':memory:');
  const prepared: string[] = [];
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof database.prepare;
  return { database, prepared, caching: cachingStatements(database, options) };
}

describe('cachingStatements', () => {
  it('prepares each SQL once and answers from the cached statement after', async () => {
    const { prepared, caching } = counted();
    const db = new Kysely<{ t: { id: number } }>({ dialect: new SqliteDialect({ database: caching }) });
    await sql`create table t (id integer primary key)`.execute(db);
    for (const id of [1, 2, 3]) await db.insertInto('t').values({ id }).execute();
    const ids = [];
    for (const id of [1, 2, 3])
      ids.push((await db.selectFrom('t').select('id').where('id', '=', id).executeTakeFirst())?.id);
    expect(ids).toEqual([1, 2, 3]);
    expect(prepared.filter((s) => s.startsWith('insert'))).toHaveLength(1);
    expect(prepared.filter((s) => s.startsWith('select'))).toHaveLength(1);
    // A statement prepared before a schema change still runs against the new schema.
    await sql`alter table t add column name text`.execute(db);
    await db.updateTable('t').set({ id: 4 }).where('id', '=', 3).execute();
    expect(await db.selectFrom('t').select('id').where('id', '=', 4).executeTakeFirst()).toEqual({ id: 4 });
    await db.destroy();
  });

  it('keeps the most recently used statements up to its bound', () => {
    const { prepared, caching } = counted({ maxStatements: 2 });
    const [a, b, c] = ['select 1', 'select 2', 'select 3'];
    caching.prepare(a);
    caching.prepare(b);
    caching.prepare(a); // a is now the most recent: b goes when c comes
    caching.prepare(c);
    caching.prepare(a);
    caching.prepare(b);
    expect(prepared).toEqual([a, b, c, b]);
  });

  it('prepares long SQL each time, and a fresh statement while the cached one is being iterated', () => {
    const { prepared, caching } = counted({ maxSqlLength: 20 });
    const long = 'select 1 as a_long_column_name';
    caching.prepare(long);
    caching.prepare(long);
    const rows = 'select 1 union all select 2';
    caching.prepare('select 5');
    const first = caching.prepare('select 5');
    expect(prepared.filter((s) => s === 'select 5')).toHaveLength(1);
    expect(prepared.filter((s) => s === long)).toHaveLength(2);

    const { caching: other, prepared: seen } = counted();
    const iterating = other.prepare(rows) as unknown as { iterate(): IterableIterator<unknown> };
    const iterator = iterating.iterate();
    iterator.next();
    expect((other.prepare(rows) as unknown as { all(): unknown[] }).all()).toHaveLength(2);
    iterator.return?.();
    expect(seen).toEqual([rows, rows]);
    expect(first.reader).toBe(true);
    other.close();
    caching.close();
  });

  it('closes the connection on close', () => {
    const { database, caching } = counted();
    caching.prepare('select 1');
    caching.close();
    expect(database.open).toBe(false);
  });
});
