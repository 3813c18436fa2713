import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { columnTypes } from './column-types.js';

/**
 * Daily rollups for the trends endpoint: per campaign, zone, local day and metric, the number of
 * enrollments with at least one event of that kind that day. Spread over slots like
 * `campaign_counters` (today's row of a busy campaign is a hot row); a read sums the slots.
 */
export function analyticsMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      await t
        .table(db.schema.createTable('campaign_daily_counts'))
        .addColumn('workspace_id', t.id, (c) => c.notNull())
        .addColumn('campaign_id', t.id, (c) => c.notNull())
        // An IANA zone name: `UTC` or the workspace's reporting zone.
        .addColumn('zone', t.code, (c) => c.notNull())
        // Days since 1970-01-01 of the local calendar date in `zone`.
        .addColumn('day', t.int, (c) => c.notNull())
        .addColumn('metric', t.code, (c) => c.notNull())
        .addColumn('slot', t.int, (c) => c.notNull())
        .addColumn('value', t.int, (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_daily_counts_pk', [
          'workspace_id',
          'campaign_id',
          'zone',
          'day',
          'metric',
          'slot',
        ])
        .execute();
    },
  };
}
