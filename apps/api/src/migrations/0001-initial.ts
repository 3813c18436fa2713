import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * The whole domain of DESIGN.md. Every tenant table's primary key and every hot index starts with
 * workspace_id, so the schema shards by workspace unchanged. No foreign keys: correctness never
 * relies on cascades (Vitess/PlanetScale), deletes are explicit.
 */
export function initialMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('workspaces'))
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('name', t.name, (c) => c.notNull())
        .addColumn('settings', t.text, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .execute();

      await t
        .table(db.schema.createTable('api_keys'))
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('name', t.name, (c) => c.notNull())
        .addColumn('key_hash', t.code, (c) => c.notNull())
        .addColumn('display_prefix', t.code, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('last_used_at', t.time)
        .addColumn('revoked_at', t.time)
        .execute();
      await db.schema
        .createIndex('api_keys_by_workspace')
        .on('api_keys')
        .columns(['workspace_id', 'id'])
        .execute();

      await t
        .table(db.schema.createTable('leads'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('email', t.email, (c) => c.notNull())
        .addColumn('email_normalized', t.email, (c) => c.notNull())
        .addColumn('email_domain', t.email, (c) => c.notNull())
        .addColumn('first_name', t.name)
        .addColumn('last_name', t.name)
        .addColumn('company', t.name)
        .addColumn('custom_fields', t.text, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('leads_pk', ['workspace_id', 'id'])
        .addUniqueConstraint('leads_email_unique', ['workspace_id', 'email_normalized'])
        .execute();
      await db.schema
        .createIndex('leads_by_domain')
        .on('leads')
        .columns(['workspace_id', 'email_domain'])
        .execute();

      await t
        .table(db.schema.createTable('campaigns'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('name', t.name, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('campaigns_pk', ['workspace_id', 'id'])
        .execute();

      await t
        .table(db.schema.createTable('campaign_steps'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('position', t.int, (c) => c.notNull())
        .addColumn('subject', t.name, (c) => c.notNull())
        .addColumn('delay_hours', t.int, (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_steps_pk', ['workspace_id', 'campaign_id', 'position'])
        .execute();

      await t
        .table(db.schema.createTable('enrollments'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('lead_id', t.id, (c) => c.notNull())
        .addColumn('lead_email', t.email, (c) => c.notNull())
        .addColumn('status', t.code, (c) => c.notNull())
        .addColumn('status_reason', t.code)
        .addColumn('base_status', t.code, (c) => c.notNull())
        .addColumn('base_reason', t.code)
        .addColumn('paused', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('soft_bounce_streak', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('sent_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('opened_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('clicked_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('replied_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('auto_replied_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('machine_opened_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('machine_clicked_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('soft_bounced_count', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('current_step', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('next_due_at', t.time)
        .addColumn('last_event_at', t.time, (c) => c.notNull().defaultTo(0))
        .addColumn('status_changed_at', t.time, (c) => c.notNull())
        .addColumn('version', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('updated_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('enrollments_pk', ['workspace_id', 'id'])
        .addUniqueConstraint('enrollments_lead_campaign_unique', ['workspace_id', 'campaign_id', 'lead_id'])
        .execute();
      // The list views: Leads tab (all campaigns) and Campaign -> Leads, each by its sort keys,
      // with and without a status filter; ids end every index so keyset cursors are exact.
      const enrollmentIndexes: Array<[string, string[]]> = [
        ['enr_ws_changed', ['workspace_id', 'status_changed_at', 'id']],
        ['enr_ws_status_changed', ['workspace_id', 'status', 'status_changed_at', 'id']],
        ['enr_cmp_changed', ['workspace_id', 'campaign_id', 'status_changed_at', 'id']],
        ['enr_cmp_status_changed', ['workspace_id', 'campaign_id', 'status', 'status_changed_at', 'id']],
        ['enr_ws_email', ['workspace_id', 'lead_email', 'id']],
        ['enr_cmp_email', ['workspace_id', 'campaign_id', 'lead_email', 'id']],
        ['enr_ws_last_event', ['workspace_id', 'last_event_at', 'id']],
        ['enr_cmp_last_event', ['workspace_id', 'campaign_id', 'last_event_at', 'id']],
        ['enr_ws_updated', ['workspace_id', 'updated_at', 'id']],
        ['enr_ws_lead', ['workspace_id', 'lead_id']],
        ['enr_cmp_due', ['workspace_id', 'campaign_id', 'next_due_at']],
      ];
      for (const [name, columns] of enrollmentIndexes) {
        await db.schema.createIndex(name).on('enrollments').columns(columns).execute();
      }

      await t
        .table(db.schema.createTable('events'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('enrollment_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('lead_id', t.id, (c) => c.notNull())
        .addColumn('type', t.code, (c) => c.notNull())
        .addColumn('occurred_at', t.time, (c) => c.notNull())
        .addColumn('external_id', t.name)
        .addColumn('step', t.int)
        .addColumn('bounce_type', t.code)
        .addColumn('auto_reply', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('machine', t.int, (c) => c.notNull().defaultTo(0))
        .addColumn('reason', t.code)
        .addColumn('user_agent', t.text)
        .addColumn('metadata', t.text, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['workspace_id', 'id'])
        .addUniqueConstraint('events_external_id_unique', ['workspace_id', 'external_id'])
        .execute();
      await db.schema
        .createIndex('events_by_enrollment')
        .on('events')
        .columns(['workspace_id', 'enrollment_id', 'occurred_at', 'id'])
        .execute();
      await db.schema
        .createIndex('events_by_lead')
        .on('events')
        .columns(['workspace_id', 'lead_id', 'occurred_at'])
        .execute();

      await t
        .table(db.schema.createTable('status_changes'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('enrollment_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('lead_id', t.id, (c) => c.notNull())
        .addColumn('from_status', t.code, (c) => c.notNull())
        .addColumn('to_status', t.code, (c) => c.notNull())
        .addColumn('reason', t.code)
        .addColumn('event_id', t.id)
        .addColumn('changed_at', t.time, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('status_changes_pk', ['workspace_id', 'id'])
        .execute();
      await db.schema
        .createIndex('status_changes_by_enrollment')
        .on('status_changes')
        .columns(['workspace_id', 'enrollment_id', 'id'])
        .execute();
      await db.schema
        .createIndex('status_changes_by_campaign')
        .on('status_changes')
        .columns(['workspace_id', 'campaign_id', 'id'])
        .execute();

      await t
        .table(db.schema.createTable('dnc_entries'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('id', t.id, (c) => c.notNull())
        .addColumn('kind', t.code, (c) => c.notNull())
        .addColumn('value', t.email, (c) => c.notNull())
        .addColumn('source', t.code, (c) => c.notNull())
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('dnc_entries_pk', ['workspace_id', 'id'])
        .addUniqueConstraint('dnc_entries_value_unique', ['workspace_id', 'kind', 'value'])
        .execute();

      await t
        .table(db.schema.createTable('campaign_counters'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        .addColumn('metric', t.code, (c) => c.notNull())
        .addColumn('slot', t.int, (c) => c.notNull())
        .addColumn('value', t.int, (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_counters_pk', ['workspace_id', 'campaign_id', 'metric', 'slot'])
        .execute();

      await t
        .table(db.schema.createTable('idempotency_keys'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('idempotency_key', t.name, (c) => c.notNull())
        .addColumn('request_hash', t.code, (c) => c.notNull())
        .addColumn('state', t.code, (c) => c.notNull())
        .addColumn('response_status', t.int)
        .addColumn('response_body', t.text)
        .addColumn('created_at', t.time, (c) => c.notNull())
        .addColumn('expires_at', t.time, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['workspace_id', 'idempotency_key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_expiry')
        .on('idempotency_keys')
        .columns(['expires_at'])
        .execute();
    },
  };
}
