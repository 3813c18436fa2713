import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { subjectsOf } from '../platform/idempotency/record-subjects.js';
import { columnTypes } from './column-types.js';

/**
 * What is kept, and for how long (issue 12, items 8 and 9): whom each idempotency record is about,
 * so erasing a lead deletes the records holding its data by an index look-up; and the indexes the
 * erasure and the retention sweep delete by (expired keys, old deliveries and attempts), each with
 * workspace_id first. The expiry index without workspace_id is replaced.
 */
export function retentionMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('idempotency_subjects'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('idempotency_key', t.name, (c) => c.notNull())
        .addColumn('kind', t.code, (c) => c.notNull())
        .addColumn('value', t.email, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_subjects_pk', [
          'workspace_id',
          'idempotency_key',
          'kind',
          'value',
        ])
        .execute();
      await db.schema
        .createIndex('idempotency_subjects_by_value')
        .on('idempotency_subjects')
        .columns(['workspace_id', 'kind', 'value'])
        .execute();

      await db.schema
        .createIndex('idempotency_keys_by_expiry')
        .on('idempotency_keys')
        .columns(['workspace_id', 'expires_at'])
        .execute();
      const dropOld = db.schema.dropIndex('idempotency_keys_expiry');
      await (dialect === 'mysql' ? dropOld.on('idempotency_keys') : dropOld).execute();

      await db.schema
        .createIndex('webhook_deliveries_by_change')
        .on('webhook_deliveries')
        .columns(['workspace_id', 'change_id'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_finished')
        .on('webhook_deliveries')
        .columns(['workspace_id', 'status', 'updated_at'])
        .execute();
      await db.schema
        .createIndex('webhook_attempts_by_time')
        .on('webhook_attempts')
        .columns(['workspace_id', 'attempted_at'])
        .execute();

      await backfillSubjects(db);
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('idempotency_subjects').execute();
      const added: Array<[table: string, index: string]> = [
        ['idempotency_keys', 'idempotency_keys_by_expiry'],
        ['webhook_deliveries', 'webhook_deliveries_by_change'],
        ['webhook_deliveries', 'webhook_deliveries_finished'],
        ['webhook_attempts', 'webhook_attempts_by_time'],
      ];
      await db.schema
        .createIndex('idempotency_keys_expiry')
        .on('idempotency_keys')
        .columns(['expires_at'])
        .execute();
      for (const [table, index] of added) {
        const drop = db.schema.dropIndex(index);
        await (dialect === 'mysql' ? drop.on(table) : drop).execute();
      }
    },
  };
}

/** Subjects of the records stored before this migration (their answers; requests were never kept). */
// biome-ignore lint/suspicious/noExplicitAny: as above.
async function backfillSubjects(db: Kysely<any>): Promise<void> {
  let after = { workspace_id: '', idempotency_key: '' };
  for (;;) {
    const rows: Array<{ workspace_id: string; idempotency_key: string; response_body: string | null }> =
      await db
        .selectFrom('idempotency_keys')
        .select(['workspace_id', 'idempotency_key', 'response_body'])
        // biome-ignore lint/suspicious/noExplicitAny: an untyped builder.
        .where((eb: any) =>
          eb.or([
            eb('workspace_id', '>', after.workspace_id),
            eb.and([
              eb('workspace_id', '=', after.workspace_id),
              eb('idempotency_key', '>', after.idempotency_key),
            ]),
          ]),
        )
        .orderBy('workspace_id')
        .orderBy('idempotency_key')
        .limit(500)
        .execute();
    for (const row of rows) {
      const subjects = subjectsOf([row.idempotency_key, storedBody(row.response_body)]);
      for (let i = 0; i < subjects.length; i += 500) {
        await db
          .insertInto('idempotency_subjects')
          .values(
            subjects
              .slice(i, i + 500)
              .map((s) => ({ workspace_id: row.workspace_id, idempotency_key: row.idempotency_key, ...s })),
          )
          .execute();
      }
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < 500) return;
    after = last;
  }
}

function storedBody(responseBody: string | null): string {
  if (responseBody === null) return '';
  try {
    return String((JSON.parse(responseBody) as { body?: unknown }).body ?? '');
  } catch {
    return responseBody;
  }
}
