import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from './compiled-once.js';
import type { Database, DbOrTrx } from './database.js';

describe('compiledOnce', () => {
  it('compiles once and binds each call’s values in their places, in and out of transactions', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    await sql`create table api_keys (id text, workspace_id text, key_hash text)`.execute(db);
    await sql`insert into api_keys values ('k1', 'w1', 'h1'), ('k2', 'w1', 'h2'), ('k3', 'w2', 'h3')`.execute(
      db,
    );
    let builds = 0;
    // The parameters are used in the other order than they are passed.
    const find = compiledOnce((d: DbOrTrx, keyId: string, workspaceId: string) => {
      builds += 1;
      return d
        .selectFrom('api_keys')
        .select(['id', 'key_hash'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', keyId);
    });
    expect(await find(db, 'k1', 'w1')).toEqual([{ id: 'k1', key_hash: 'h1' }]);
    expect(await find(db, 'k3', 'w1')).toEqual([]);
    expect(await db.transaction().execute((trx) => find(trx, 'k3', 'w2'))).toEqual([
      { id: 'k3', key_hash: 'h3' },
    ]);
    expect(builds).toBe(1);
    await db.destroy();
  });

  it('compiles once per length of a list parameter', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    await sql`create table api_keys (id text, workspace_id text)`.execute(db);
    await sql`insert into api_keys values ('k1', 'w1'), ('k2', 'w1'), ('k3', 'w1'), ('k4', 'w2')`.execute(db);
    let builds = 0;
    const find = compiledOnce((d: DbOrTrx, ids: readonly string[], workspaceId: string) => {
      builds += 1;
      return d
        .selectFrom('api_keys')
        .select('id')
        .where('id', 'in', ids)
        .where('workspace_id', '=', workspaceId)
        .orderBy('id');
    });
    const ids = async (...args: Parameters<typeof find> extends [unknown, ...infer P] ? P : never) =>
      (await find(db, ...args)).map((row) => row.id);
    expect(await ids(['k1', 'k3'], 'w1')).toEqual(['k1', 'k3']);
    expect(await ids(['k2', 'k4'], 'w1')).toEqual(['k2']);
    expect(await ids(['k4'], 'w2')).toEqual(['k4']);
    expect(await ids(['k1', 'k2', 'k3'], 'w1')).toEqual(['k1', 'k2', 'k3']);
    expect(builds).toBe(3);
    await db.destroy();
  });

  it('refuses a query whose parameters are not only the placeholders', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    const find = compiledOnce((d: DbOrTrx, keyId: string) =>
      d.selectFrom('api_keys').select('id').where('id', '=', keyId.toUpperCase()),
    );
    await expect(find(db, 'k1')).rejects.toThrow(/not a placeholder/);
    await db.destroy();
  });
});
