import type { Kysely, Migration } from 'kysely';
import { recountCounters } from '../engine/recount.js';
import type { Database, DialectName } from '../platform/db/database.js';
import { inProcessWriter } from '../platform/db/in-process-writer.js';
import { labelsMigration } from './0012-labels.js';
import { columnTypes } from './column-types.js';

/**
 * Reading mail (issue 14): pauses carry a reason and, for an out-of-office hold, an end; campaigns
 * say what a company reply and an out-of-office do; sent messages keep their `Message-ID` so replies
 * and bounces find them; inbound messages are kept with their classification and match. Existing
 * pauses were all made by hand. Safe to run again after a failure half-way (MySQL cannot roll DDL
 * back): each column, table and index is added only when missing.
 */
export function readingMailMigration(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
    async up(db: Kysely<any>) {
      const tables = await db.introspection.getTables();
      const columns = new Map(tables.map((table) => [table.name, table.columns.map((c) => c.name)]));
      const has = (table: string, column: string) => columns.get(table)?.includes(column) ?? false;
      const addColumns = async (
        table: string,
        added: Array<
          [name: string, add: (a: ReturnType<typeof db.schema.alterTable>) => { execute(): Promise<void> }]
        >,
      ) => {
        for (const [name, add] of added)
          if (!has(table, name)) await add(db.schema.alterTable(table)).execute();
      };

      await addColumns('enrollments', [
        ['pause_reason', (a) => a.addColumn('pause_reason', t.code)],
        ['paused_until', (a) => a.addColumn('paused_until', t.time)],
      ]);
      await addColumns('events', [['paused_until', (a) => a.addColumn('paused_until', t.time)]]);
      await addColumns('status_changes', [['paused_until', (a) => a.addColumn('paused_until', t.time)]]);
      await addColumns('campaigns', [
        [
          'stop_on_company_reply',
          (a) => a.addColumn('stop_on_company_reply', t.int, (c) => c.notNull().defaultTo(0)),
        ],
        ['out_of_office', (a) => a.addColumn('out_of_office', t.code, (c) => c.notNull().defaultTo('pause'))],
        [
          'out_of_office_default_days',
          (a) => a.addColumn('out_of_office_default_days', t.int, (c) => c.notNull().defaultTo(7)),
        ],
      ]);
      await addColumns('tracking_messages', [
        ['rfc822_message_id', (a) => a.addColumn('rfc822_message_id', t.name)],
      ]);

      const indexes = new Set(
        dialect === 'sqlite'
          ? (await db.selectFrom('sqlite_master').select('name').where('type', '=', 'index').execute()).map(
              (r: { name: string }) => r.name,
            )
          : (
              await db
                .selectFrom('information_schema.statistics')
                .select('INDEX_NAME as name')
                .where('TABLE_SCHEMA', '=', db.fn('database', []))
                .execute()
            ).map((r: { name: string }) => r.name),
      );
      const index = async (name: string, table: string, cols: string[], unique = false) => {
        if (indexes.has(name)) return;
        let builder = db.schema.createIndex(name).on(table).columns(cols);
        if (unique) builder = builder.unique();
        await builder.execute();
      };
      // The sweeper ends out-of-office holds that are due.
      await index('enrollments_hold_ends', 'enrollments', ['workspace_id', 'paused_until']);
      // A reply's In-Reply-To and References, and a bounce's copy of the original, find the message.
      await index('tracking_messages_by_rfc822_id', 'tracking_messages', [
        'workspace_id',
        'rfc822_message_id',
      ]);

      if (!columns.has('inbound_messages')) {
        await t
          .table(db.schema.createTable('inbound_messages'))
          .addColumn('workspace_id', t.id, (c) => c.notNull())
          .addColumn('id', t.id, (c) => c.notNull())
          // The Message-ID, or `sha256:<hex>` of the bytes when it has none: the same mail twice is one.
          .addColumn('dedupe_key', t.name, (c) => c.notNull())
          .addColumn('rfc822_message_id', t.name)
          .addColumn('kind', t.code, (c) => c.notNull())
          .addColumn('from_email', t.email, (c) => c.notNull())
          .addColumn('from_name', t.name)
          .addColumn('subject', t.text, (c) => c.notNull())
          .addColumn('sent_at', t.time)
          .addColumn('snippet', t.text, (c) => c.notNull())
          // JSON: the headers that matter (to, in-reply-to, references, auto-submitted, …) and the evidence.
          .addColumn('details', t.text, (c) => c.notNull())
          .addColumn('bounce_type', t.code)
          .addColumn('bounce_status', t.code)
          .addColumn('bounce_recipient', t.email)
          .addColumn('bounce_diagnostic', t.text)
          .addColumn('out_of_office_until', t.code)
          .addColumn('lead_id', t.id)
          .addColumn('campaign_id', t.id)
          .addColumn('enrollment_id', t.id)
          .addColumn('match_by', t.code)
          .addColumn('event_id', t.id)
          .addColumn('source', t.code, (c) => c.notNull())
          .addColumn('received_at', t.time, (c) => c.notNull())
          .addColumn('updated_at', t.time, (c) => c.notNull())
          .addPrimaryKeyConstraint('inbound_messages_pk', ['workspace_id', 'id'])
          .execute();
      }
      await index('inbound_messages_dedupe', 'inbound_messages', ['workspace_id', 'dedupe_key'], true);
      // Triage lists: unmatched mail newest first, and one campaign's mail.
      await index('inbound_messages_by_match', 'inbound_messages', ['workspace_id', 'enrollment_id', 'id']);
      await index('inbound_messages_by_campaign', 'inbound_messages', ['workspace_id', 'campaign_id', 'id']);
      // Erasing a lead deletes the mail it sent.
      await index('inbound_messages_by_sender', 'inbound_messages', ['workspace_id', 'from_email']);

      // Every pause so far was made by hand; the counters gain the automatic replies and holds.
      await db
        .updateTable('enrollments')
        .set({ pause_reason: 'manual', status_reason: 'manual' })
        .where('paused', '=', 1)
        .execute();
      await db
        .updateTable('status_changes')
        .set({ reason: 'manual' })
        .where('to_status', '=', 'paused')
        .where('reason', 'is', null)
        .execute();
      // Like 0008, this runs today's recount: the counters must be the ones the engine maintains now.
      // Today's code reads today's schema: the later migrations that add what it reads come first
      // (they add only what is missing, so they change nothing when they run in their turn).
      await labelsMigration(dialect).up(db);
      const typed = db as Kysely<Database>;
      await recountCounters({ db: typed, writer: inProcessWriter(typed, dialect) });
    },
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    async down(db: Kysely<any>) {
      await db.schema.dropTable('inbound_messages').execute();
      for (const [table, index] of [
        ['enrollments', 'enrollments_hold_ends'],
        ['tracking_messages', 'tracking_messages_by_rfc822_id'],
      ] as const) {
        const drop = db.schema.dropIndex(index);
        await (dialect === 'mysql' ? drop.on(table) : drop).execute();
      }
      const dropped: Array<[table: string, column: string]> = [
        ['enrollments', 'pause_reason'],
        ['enrollments', 'paused_until'],
        ['events', 'paused_until'],
        ['status_changes', 'paused_until'],
        ['campaigns', 'stop_on_company_reply'],
        ['campaigns', 'out_of_office'],
        ['campaigns', 'out_of_office_default_days'],
        ['tracking_messages', 'rfc822_message_id'],
      ];
      for (const [table, column] of dropped) await db.schema.alterTable(table).dropColumn(column).execute();
    },
  };
}
