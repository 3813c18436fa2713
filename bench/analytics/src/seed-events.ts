import { DailyTally } from '@leadstatus/api/engine/daily-tally';
import { zoneCalendar } from '@leadstatus/api/engine/time-zones';
import type { Db, DialectName } from '@leadstatus/api/platform/db/database';
import { withIndexesBuiltAfter } from '@leadstatus/bench-support/bulk-indexes';
import { seededRandom } from '@leadstatus/bench-support/seed';
import { CompiledQuery } from 'kysely';

/** The zones whose rollups are seeded: UTC and a reporting zone, as a workspace set to Paris keeps. */
export const SEEDED_ZONES = ['UTC', 'Europe/Paris'];
const PAGE = 50_000;

interface EnrollmentRow {
  id: string;
  lead_id: string;
  status: string;
  sent_count: number;
  opened_count: number;
  clicked_count: number;
  replied_count: number;
  created_at: number;
  status_changed_at: number;
  last_event_at: number;
}

const EVENT_COLUMNS =
  'workspace_id, id, enrollment_id, campaign_id, lead_id, type, occurred_at, external_id, step, bounce_type, auto_reply, machine, reason, user_agent, metadata, created_at';

/** The events an enrollment row implies: its sends, opens, clicks and replies, then its final bounce or opt-out. */
function eventsOf(row: EnrollmentRow, random: () => number) {
  if (row.last_event_at === 0) return [];
  const first = Number(row.created_at);
  const last = Math.max(first, Number(row.last_event_at));
  const between = (from: number) => from + Math.floor(random() * (last - from + 1));
  const events: Array<{ type: string; at: number; bounceType?: string; reason?: string }> = [];
  const firstSend = between(first);
  events.push({ type: 'sent', at: firstSend });
  for (let i = 1; i < row.sent_count; i++) events.push({ type: 'sent', at: between(firstSend) });
  for (let i = 0; i < row.opened_count; i++) events.push({ type: 'opened', at: between(firstSend) });
  for (let i = 0; i < row.clicked_count; i++) events.push({ type: 'clicked', at: between(firstSend) });
  for (let i = 0; i < row.replied_count; i++) events.push({ type: 'replied', at: between(firstSend) });
  if (row.status === 'bounced') events.push({ type: 'bounced', at: last, bounceType: 'hard' });
  if (row.status === 'unsubscribed') events.push({ type: 'unsubscribed', at: last, reason: 'link' });
  return events;
}

const text = (value: string | undefined) => (value === undefined ? 'null' : `'${value}'`);

/**
 * Adds the events of every enrollment of the seeded campaign (bulk INSERTs, the events indexes
 * built once at the end), and the daily rollups of those events in `SEEDED_ZONES`, tallied by the
 * service's own `DailyTally` and spread over the 8 slots as concurrent writers would leave them.
 * Returns the number of events.
 */
export async function seedEventsAndRollups(options: {
  db: Db;
  dialect: DialectName;
  workspaceId: string;
  campaignId: string;
  now: number;
  onProgress?: (done: number) => void;
}): Promise<number> {
  const { db, dialect, workspaceId: ws, campaignId, now } = options;
  const random = seededRandom(11);
  const tally = new DailyTally(SEEDED_ZONES.map(zoneCalendar));
  const perStatement = dialect === 'mysql' ? 5_000 : 2_000;
  let count = 0;
  let enrollments = 0;
  await withIndexesBuiltAfter(db, dialect, ['events'], async () => {
    let after = '';
    for (;;) {
      const page = (
        await db.executeQuery<EnrollmentRow>(
          CompiledQuery.raw(
            'select id, lead_id, status, sent_count, opened_count, clicked_count, replied_count, created_at, status_changed_at, last_event_at from enrollments where workspace_id = ? and campaign_id = ? and id > ? order by id limit ?',
            [ws, campaignId, after, PAGE],
          ),
        )
      ).rows;
      if (page.length === 0) break;
      const values: string[] = [];
      for (const row of page) {
        for (const e of eventsOf(row, random)) {
          const id = `evt_01J${(count++).toString(36).padStart(23, '0')}`;
          values.push(
            `('${ws}','${id}','${row.id}','${campaignId}','${row.lead_id}','${e.type}',${e.at},null,null,${text(e.bounceType)},0,0,${text(e.reason)},null,'{}',${now})`,
          );
          tally.add({
            enrollmentId: row.id,
            campaignId,
            type: e.type,
            occurredAt: e.at,
            machine: false,
            autoReply: false,
          });
        }
      }
      tally.forgetSeen();
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < values.length; i += perStatement) {
          await trx.executeQuery(
            CompiledQuery.raw(
              `insert into events (${EVENT_COLUMNS}) values ${values.slice(i, i + perStatement).join(',')}`,
            ),
          );
        }
      });
      enrollments += page.length;
      options.onProgress?.(enrollments);
      after = page[page.length - 1]?.id ?? after;
    }
  });

  const rows: string[] = [];
  for (const cell of tally.deltas()) {
    // Split each total over the slots, as random-slot increments would leave it.
    const weights = Array.from({ length: 8 }, () => random());
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = cell.delta;
    const parts = weights.map((w, slot) => {
      const value = slot === weights.length - 1 ? left : Math.floor((cell.delta * w) / sum);
      left -= value;
      return value;
    });
    parts.forEach((value, slot) => {
      if (value !== 0)
        rows.push(`('${ws}','${campaignId}','${cell.zone}',${cell.day},'${cell.metric}',${slot},${value})`);
    });
  }
  for (let i = 0; i < rows.length; i += 2_000) {
    await db.executeQuery(
      CompiledQuery.raw(
        `insert into campaign_daily_counts (workspace_id, campaign_id, zone, day, metric, slot, value) values ${rows.slice(i, i + 2_000).join(',')}`,
      ),
    );
  }
  if (dialect === 'mysql')
    await db.executeQuery(CompiledQuery.raw('analyze table events, campaign_daily_counts'));
  return count;
}
