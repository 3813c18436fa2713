import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Outbound webhooks: subscriptions, deliveries (the outbox) and their attempts (the log).
 * workspace_id leads every key; no foreign keys (deletes are explicit).
 */
export function webhooksMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('webhook_subscriptions'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('url', t.text, (c) => c.notNull())
        .addColumn('event_types', t.text, (c) => c.notNull())
        .addColumn('secret', t.code, (c) => c.notNull())
        .addColumn('enabled', t.int, (c) => c.notNull())
        .addColumn('disabled_reason', t.code)
        .addColumn('last_change_id', t.id, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('webhook_subscriptions_pk', ['workspace_id', 'id'])
        .execute();

      await t
        .table(db.schema.createTable('webhook_deliveries'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('subscription_id', t.id, (c) => c.notNull())
        .addColumn('change_id', t.id)
        .addColumn('event_type', t.code, (c) => c.notNull())
        .addColumn('payload', t.text, (c) => c.notNull())
        .addColumn('status', t.code, (c) => c.notNull())
        .addColumn('attempt_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('round_attempts', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', t.time)
        .addColumn('locked_until', t.time)
        .addColumn('last_status_code', t.int)
        .addColumn('last_error', t.text)
        .addColumn('delivered_at', t.time)
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('webhook_deliveries_pk', ['workspace_id', 'id'])
        // One delivery per change per subscription: concurrent workers and re-scans dedupe on it.
        .addUniqueConstraint('webhook_deliveries_change_unique', [
          'workspace_id',
          'subscription_id',
          'change_id',
        ])
        .execute();
      // The delivery log (newest first) and the worker's "what is due" query.
      await db.schema
        .createIndex('webhook_deliveries_log')
        .on('webhook_deliveries')
        .columns(['workspace_id', 'subscription_id', 'id'])
        .execute();
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['workspace_id', 'subscription_id', 'next_attempt_at'])
        .execute();

      await t
        .table(db.schema.createTable('webhook_attempts'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('delivery_id', t.id, (c) => c.notNull())
        .addColumn('attempt_number', t.int, (c) => c.notNull())
        .addColumn('attempted_at', t.time, (c) => c.notNull())
        .addColumn('status_code', t.int)
        .addColumn('duration_ms', t.int, (c) => c.notNull())
        .addColumn('error', t.text)
        .addColumn('response_body', t.text)
        .addPrimaryKeyConstraint('webhook_attempts_pk', ['workspace_id', 'delivery_id', 'attempt_number'])
        .execute();
    },
  };
}
