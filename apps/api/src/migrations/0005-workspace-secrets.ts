import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Per-workspace signing secrets, one per purpose (embed tokens now; tracking links later). Kept in
 * the database, not in the environment, so every process sharing the database verifies the same
 * tokens and a workspace's tokens can be invalidated alone by replacing its secret.
 */
export function workspaceSecretsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('workspace_secrets'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('purpose', t.code, (c) => c.notNull())
        .addColumn('secret', t.code, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('workspace_secrets_pk', ['workspace_id', 'purpose'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('workspace_secrets').execute();
    },
  };
}
