import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import type { IdempotencyKeysTable } from '../platform/db/tables/idempotency.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { allMigrations } from './index.js';
import { migrateToLatest } from './migrate.js';

const LEAD = 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2';

describeEachDatabase('migration 0009-retention', ({ database }) => {
  it('gives the idempotency records stored before it their subjects, from their stored answers', async () => {
    const handle = database.handle;
    const migrator = new Migrator({
      // Migrations write: on the test's writable connection (the handle's own is read-only on SQLite).
      db: database.seed,
      provider: { getMigrations: async () => allMigrations(handle.dialect) },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
    });
    // Back to the schema before it (its down), a record as the old code stored it, then up again.
    const down = await migrator.migrateTo('0006-tracking');
    expect(down.error).toBeUndefined();
    const answer = { id: LEAD, email: 'Ann@Example.com', first_name: 'Ann' };
    const record = (key: string, body: string | null): IdempotencyKeysTable => ({
      workspace_id: 'ws_1',
      idempotency_key: key,
      request_hash: 'h',
      state: body === null ? 'running' : 'done',
      response_status: body === null ? null : 201,
      response_body: body,
      created_at: 1,
      expires_at: 2,
    });
    await database.seed
      .insertInto('idempotency_keys')
      .values([
        record(
          'create-ann',
          JSON.stringify({ contentType: 'application/json', body: JSON.stringify(answer) }),
        ),
        record('in-flight', null),
      ])
      .execute();

    expect((await migrateToLatest(handle)).applied).toContain('0009-retention');
    const subjects = await handle.db
      .selectFrom('idempotency_subjects')
      .select(['idempotency_key', 'kind', 'value'])
      .orderBy('kind')
      .execute();
    expect(subjects).toEqual([
      { idempotency_key: 'create-ann', kind: 'email', value: 'ann@example.com' },
      { idempotency_key: 'create-ann', kind: 'lead', value: LEAD },
    ]);
  });
});
