import type { Db, DialectName } from '@leadstatus/api/platform/db/database';
import { CompiledQuery } from 'kysely';

async function rowsOf<R>(db: Db, query: string, parameters: unknown[] = []): Promise<R[]> {
  return (await db.executeQuery<R>(CompiledQuery.raw(query, parameters))).rows;
}

/** The secondary indexes of a table, as statements that drop and re-create them exactly. */
async function secondaryIndexes(db: Db, dialect: DialectName, table: string) {
  if (dialect === 'sqlite') {
    const rows = await rowsOf<{ name: string; sql: string }>(
      db,
      "select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null",
      [table],
    );
    return {
      drop: rows.map((r) => `drop index ${r.name}`),
      create: rows.map((r) => r.sql),
      describe: async () =>
        JSON.stringify(
          await rowsOf(db, `select sql from sqlite_master where tbl_name = ? order by name`, [table]),
        ),
    };
  }
  const describe = async () =>
    (await rowsOf<Record<string, string>>(db, `show create table ${table}`))[0]?.['Create Table'] ?? '';
  // Each `KEY` line of SHOW CREATE TABLE, kept verbatim, in its order.
  const keys = (await describe())
    .split('\n')
    .map((line) => line.trim().replace(/,$/, ''))
    .filter((line) => /^(UNIQUE )?KEY `/.test(line));
  const names = keys.map((line) => /KEY `([^`]+)`/.exec(line)?.[1] ?? '');
  return {
    drop: keys.length ? [`alter table ${table} ${names.map((n) => `drop key \`${n}\``).join(', ')}`] : [],
    create: keys.length ? [`alter table ${table} ${keys.map((k) => `add ${k}`).join(', ')}`] : [],
    describe,
  };
}

/**
 * Runs a bulk load with the tables' secondary indexes dropped, then builds them again from their own
 * definitions (a sorted build beats a million random B-tree inserts), and checks that the schema
 * came back exactly as the migrations made it.
 */
export async function withIndexesBuiltAfter(
  db: Db,
  dialect: DialectName,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  const indexes = await Promise.all(tables.map((table) => secondaryIndexes(db, dialect, table)));
  const before = await Promise.all(indexes.map((i) => i.describe()));
  for (const statement of indexes.flatMap((i) => i.drop)) await db.executeQuery(CompiledQuery.raw(statement));
  await load();
  for (const statement of indexes.flatMap((i) => i.create))
    await db.executeQuery(CompiledQuery.raw(statement));
  const after = await Promise.all(indexes.map((i) => i.describe()));
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(
      `the indexes did not come back as they were:\n${before.join('\n')}\n---\n${after.join('\n')}`,
    );
  }
}
