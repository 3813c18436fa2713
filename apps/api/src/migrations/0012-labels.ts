import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Outcome labels (issue 15): a workspace's own labels beside the built-in ones (those live in
 * @leadstatus/core, not here), the label of each enrollment with when it was set, and the history of
 * every change. Safe to run again after a failure half-way: each part is added only when missing.
 */
export function labelsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      const tables = await db.introspection.getTables();
      const columns = new Map(tables.map((table) => [table.name, table.columns.map((c) => c.name)]));
      if (!columns.get('enrollments')?.includes('label')) {
        await db.schema.alterTable('enrollments').addColumn('label', t.code).execute();
      }
      if (!columns.get('enrollments')?.includes('label_changed_at')) {
        await db.schema.alterTable('enrollments').addColumn('label_changed_at', t.time).execute();
        // Lists filter by label within a workspace or a campaign, and bulk labelling reads by it.
        await db.schema
          .createIndex('enr_ws_label')
          .on('enrollments')
          .columns(['workspace_id', 'label'])
          .execute();
      }
      if (!columns.has('labels')) {
        await t
          .table(db.schema.createTable('labels'))
          .addColumn('workspace_id', t.id, (c) => c.notNull())
          .addColumn('key', t.code, (c) => c.notNull())
          .addColumn('name', t.name, (c) => c.notNull())
          .addColumn('sentiment', t.code, (c) => c.notNull())
          .addColumn('created_at', t.time, (c) => c.notNull())
          .addColumn('updated_at', t.time, (c) => c.notNull())
          .addPrimaryKeyConstraint('labels_pk', ['workspace_id', 'key'])
          .execute();
      }
      if (!columns.has('label_changes')) {
        await t
          .table(db.schema.createTable('label_changes'))
          .addColumn('workspace_id', t.id, (c) => c.notNull())
          .addColumn('id', t.id, (c) => c.notNull())
          .addColumn('enrollment_id', t.id, (c) => c.notNull())
          .addColumn('campaign_id', t.id, (c) => c.notNull())
          .addColumn('lead_id', t.id, (c) => c.notNull())
          .addColumn('from_label', t.code)
          .addColumn('to_label', t.code)
          // `api`, `embed` (a token that may label), or `label_deleted` (its custom label was deleted).
          .addColumn('source', t.code, (c) => c.notNull())
          .addColumn('changed_at', t.time, (c) => c.notNull())
          .addPrimaryKeyConstraint('label_changes_pk', ['workspace_id', 'id'])
          .execute();
        await db.schema
          .createIndex('label_changes_by_enrollment')
          .on('label_changes')
          .columns(['workspace_id', 'enrollment_id', 'id'])
          .execute();
      }
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('label_changes').execute();
      await db.schema.dropTable('labels').execute();
      const drop = db.schema.dropIndex('enr_ws_label');
      await (dialect === 'mysql' ? drop.on('enrollments') : drop).execute();
      await db.schema.alterTable('enrollments').dropColumn('label').execute();
      await db.schema.alterTable('enrollments').dropColumn('label_changed_at').execute();
    },
  };
}
