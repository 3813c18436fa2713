import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Issue 12: the inbound webhook tokens already seen (Mailgun signs no body, so a captured request
 * could otherwise be replayed with other events while its timestamp is fresh), kept per workspace
 * until their signature is too old to be accepted anyway; and the flag that marks the demo
 * workspace, set only by the demo seed (a workspace is never the demo one because of its name).
 */
export function webhookReplayAndDemoFlagMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('inbound_webhook_tokens'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('provider', t.code, (c) => c.notNull())
        .addColumn('token_hash', t.code, (c) => c.notNull())
        .addColumn('expires_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('inbound_webhook_tokens_pk', ['workspace_id', 'provider', 'token_hash'])
        .execute();
      await db.schema
        .createIndex('inbound_webhook_tokens_expiry')
        .on('inbound_webhook_tokens')
        .columns(['workspace_id', 'expires_at'])
        .execute();
      // Existing workspaces are not demo ones, whatever their name: `leadstatus seed --demo` makes one.
      await db.schema
        .alterTable('workspaces')
        .addColumn('is_demo', t.int, (c) => c.notNull().defaultTo(0))
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.alterTable('workspaces').dropColumn('is_demo').execute();
      await db.schema.dropTable('inbound_webhook_tokens').execute();
    },
  };
}
