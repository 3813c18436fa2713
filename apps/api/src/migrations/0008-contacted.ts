import type { Kysely, Migration } from 'kysely';
import { backfillContacted, markPropagatedOptOuts } from '../engine/contacted-backfill.js';
import { recountCounters } from '../engine/recount.js';
import type { Database, DialectName } from '../platform/db/database.js';
import { inProcessWriter } from '../platform/db/in-process-writer.js';
import { readingMailMigration } from './0011-reading-mail.js';
import { columnTypes } from './column-types.js';

/**
 * "Contacted" is any event that reached or was tried on the lead, not only a `sent` (issue 12,
 * item 7; docs/decisions/contacted.md). Events record whether the engine fanned them out
 * (`propagated`), enrollments keep core's `contacted`, and the counters and rollups are recounted.
 * Unlike earlier migrations this one runs today's backfill and recount code: the figures must be
 * the ones the engine maintains from now on. Safe to run again after a failure half-way (MySQL
 * cannot roll DDL back): each column is added only when missing, and the rest recomputes.
 */
export function contactedMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's Database type.
    async up(db: Kysely<any>) {
      const columns = new Map(
        (await db.introspection.getTables()).map((table) => [table.name, table.columns.map((c) => c.name)]),
      );
      if (!columns.get('events')?.includes('propagated')) {
        await db.schema
          .alterTable('events')
          .addColumn('propagated', t.int, (c) => c.notNull().defaultTo(0))
          .execute();
      }
      if (!columns.get('enrollments')?.includes('contacted')) {
        await db.schema
          .alterTable('enrollments')
          .addColumn('contacted', t.int, (c) => c.notNull().defaultTo(0))
          .execute();
      }
      // Today's code reads today's schema: the later migrations that add what it reads come first
      // (they add only what is missing, so they change nothing when they run in their turn).
      await readingMailMigration(dialect).up(db);
      const typed = db as Kysely<Database>;
      await markPropagatedOptOuts(typed);
      await backfillContacted(typed);
      // Migrations run inside the migrate command, on a connection that may write: its commands run here.
      await recountCounters({ db: typed, writer: inProcessWriter(typed, dialect) });
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.alterTable('enrollments').dropColumn('contacted').execute();
      await db.schema.alterTable('events').dropColumn('propagated').execute();
    },
  };
}
