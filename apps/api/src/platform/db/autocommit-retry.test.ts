import SqliteDatabase from 'better-sqlite3';
import { type DatabaseConnection, type Dialect, Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withAutocommitRetry } from './autocommit-retry.js';
import { TRANSACTION_ATTEMPTS } from './retry.js';

/**
 * SQLite in memory whose next `failures` INSERTs fail as InnoDB fails a deadlock victim (before
 * doing anything): the driver-level behaviour under test does not depend on the database.
 */
function deadlockingDialect(failures: { left: number; seen: number }): Dialect {
  const inner = new SqliteDialect({ database: new SqliteDatabase(':memory:') });
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver() {
      const driver = inner.createDriver();
      const acquire = driver.acquireConnection.bind(driver);
      driver.acquireConnection = async () => {
        const connection = await acquire();
        const flaky: DatabaseConnection = {
          async executeQuery(query) {
            if (query.sql.startsWith('insert')) {
              failures.seen += 1;
              if (failures.left > 0) {
                failures.left -= 1;
                throw Object.assign(new Error('Deadlock found when trying to get lock'), {
                  code: 'ER_LOCK_DEADLOCK',
                  errno: 1213,
                });
              }
            }
            return connection.executeQuery(query);
          },
          streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
        };
        return flaky;
      };
      return driver;
    },
  };
}

async function open(failures: { left: number; seen: number }) {
  const db = new Kysely<{ t: { x: number } }>({ dialect: withAutocommitRetry(deadlockingDialect(failures)) });
  await sql`create table t (x integer)`.execute(db);
  const rows = async () => (await db.selectFrom('t').select('x').execute()).length;
  return { db, rows };
}

describe('statements outside a transaction', () => {
  it('run again after a deadlock, and are applied once', async () => {
    const failures = { left: 2, seen: 0 };
    const { db, rows } = await open(failures);
    await db.insertInto('t').values({ x: 1 }).execute();
    expect(failures.seen).toBe(3);
    expect(await rows()).toBe(1);
    await db.destroy();
  });

  it('report the conflict after the bounded number of attempts', async () => {
    const failures = { left: 100, seen: 0 };
    const { db, rows } = await open(failures);
    await expect(db.insertInto('t').values({ x: 1 }).execute()).rejects.toMatchObject({
      code: 'ER_LOCK_DEADLOCK',
    });
    expect(failures.seen).toBe(TRANSACTION_ATTEMPTS);
    expect(await rows()).toBe(0);
    await db.destroy();
  });
});

describe('statements inside a transaction', () => {
  it('are not retried one by one: the whole transaction fails (inTransaction runs it again)', async () => {
    const failures = { left: 1, seen: 0 };
    const { db, rows } = await open(failures);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ x: 1 }).execute();
      }),
    ).rejects.toMatchObject({ code: 'ER_LOCK_DEADLOCK' });
    expect(failures.seen).toBe(1);
    // The connection is back out of its transaction: the next statement outside one is retried again.
    failures.left = 1;
    await db.insertInto('t').values({ x: 2 }).execute();
    expect(await rows()).toBe(1);
    await db.destroy();
  });
});
