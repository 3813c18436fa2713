import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';
import { parseConnectionUrl } from '../config/connection-url.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import { isStatementTimeout, sessionLimitsFor } from './session-limits.js';

describe('the server side of the request deadline [mysql]', () => {
  let database: TestDatabase;
  let limited: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase('mysql');
    const target = parseConnectionUrl(database.url);
    if ('error' in target) throw new Error(target.error);
    limited = openDatabase(target, { poolSize: 2, sessionLimits: sessionLimitsFor(1_500) });
  });
  afterAll(async () => {
    await limited?.close();
    await database?.drop();
  });

  it('bounds every statement and every row-lock wait of each pooled connection', async () => {
    const { rows } = await sql<{ statement: number; lock_wait: number }>`
      select @@session.max_statement_time as statement, @@session.innodb_lock_wait_timeout as lock_wait
    `.execute(limited.db);
    expect(rows[0]).toEqual({ statement: 1.5, lock_wait: 1 });
  });

  it('stops a statement that runs past it, with an error the service answers as 503', async () => {
    // A join that would take hours (SLEEP and BENCHMARK return early instead of failing).
    const error = await sql`
      select count(*) from information_schema.columns a, information_schema.columns b, information_schema.columns c
    `
      .execute(limited.db)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isStatementTimeout(error), String(error)).toBe(true);
    // The connection stays usable.
    expect((await sql<{ one: number }>`select 1 as one`.execute(limited.db)).rows).toEqual([{ one: 1 }]);
  });

  it('leaves connections opened without limits (the CLI, migrations) unbounded', async () => {
    const { rows } = await sql<{ statement: number }>`
      select @@session.max_statement_time as statement
    `.execute(database.handle.db);
    expect(rows[0]?.statement).toBe(0);
  });
});
