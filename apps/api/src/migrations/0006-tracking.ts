import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Where events come from (issue 7): the messages a sending engine reported (their tracked links
 * are redirected to from here, never from a URL in a request), the clicks waiting for their
 * machine verdict, the ESP webhook settings of each workspace, and each campaign's final wait.
 */
export function trackingMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('tracking_messages'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('enrollment_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('lead_id', t.id, (c) => c.notNull())
        .addColumn('lead_email', t.email, (c) => c.notNull())
        .addColumn('step', t.int, (c) => c.notNull())
        .addColumn('sent_at', t.time, (c) => c.notNull())
        .addColumn('links', t.text, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('tracking_messages_pk', ['workspace_id', 'id'])
        .execute();
      await db.schema
        .createIndex('tracking_messages_by_email')
        .on('tracking_messages')
        .columns(['workspace_id', 'lead_email', 'sent_at'])
        .execute();
      // Erasing a lead deletes its messages by enrollment.
      await db.schema
        .createIndex('tracking_messages_by_enrollment')
        .on('tracking_messages')
        .columns(['workspace_id', 'enrollment_id'])
        .execute();

      await t
        .table(db.schema.createTable('tracking_clicks'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('message_id', t.id, (c) => c.notNull())
        .addColumn('enrollment_id', t.id, (c) => c.notNull())
        .addColumn('link_index', t.int, (c) => c.notNull())
        .addColumn('occurred_at', t.time, (c) => c.notNull())
        .addColumn('user_agent', t.text)
        .addColumn('method', t.code, (c) => c.notNull())
        .addColumn('settled', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('tracking_clicks_pk', ['workspace_id', 'id'])
        .execute();
      await db.schema
        .createIndex('tracking_clicks_pending')
        .on('tracking_clicks')
        .columns(['workspace_id', 'settled', 'occurred_at'])
        .execute();
      await db.schema
        .createIndex('tracking_clicks_by_enrollment')
        .on('tracking_clicks')
        .columns(['workspace_id', 'enrollment_id', 'occurred_at'])
        .execute();

      await t
        .table(db.schema.createTable('inbound_providers'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('provider', t.code, (c) => c.notNull())
        .addColumn('config', t.text, (c) => c.notNull())
        .addColumn('state', t.text, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('inbound_providers_pk', ['workspace_id', 'provider'])
        .execute();

      await t
        .table(db.schema.createTable('sequence_settings'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('final_wait_hours', t.int, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('sequence_settings_pk', ['workspace_id', 'campaign_id'])
        .execute();
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      for (const table of [
        'sequence_settings',
        'inbound_providers',
        'tracking_clicks',
        'tracking_messages',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
