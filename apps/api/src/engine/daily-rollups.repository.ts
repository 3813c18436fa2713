import { randomInt } from 'node:crypto';
import type { AnyEventType } from '@leadstatus/core';
import { CompiledQuery, sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../platform/db/database.js';
import type { CampaignDailyCountsTable } from '../platform/db/tables/daily-counts.js';
import type { DailyDelta, TrendEvent } from './daily-tally.js';
import { TREND_EVENT_TYPES } from './trend-metrics.js';

/** Slots per rollup cell: like the counters, today's row of a busy campaign is a hot row. */
export const DAILY_SLOTS = 8;
/** Ids per `IN (...)` list, and rows per INSERT (7 columns, 7,000 parameters). */
const CHUNK = 1000;

/** Sums deltas per cell and drops the ones that cancel out. */
function mergeDailyDeltas(deltas: Iterable<DailyDelta>): DailyDelta[] {
  const merged = new Map<string, DailyDelta>();
  for (const d of deltas) {
    const key = `${d.campaignId} ${d.zone} ${d.day} ${d.metric}`;
    const existing = merged.get(key);
    if (existing) existing.delta += d.delta;
    else merged.set(key, { ...d });
  }
  return [...merged.values()].filter((d) => d.delta !== 0);
}

const byKey = (a: DailyDelta, b: DailyDelta) =>
  a.campaignId !== b.campaignId
    ? a.campaignId < b.campaignId
      ? -1
      : 1
    : a.zone !== b.zone
      ? a.zone < b.zone
        ? -1
        : 1
      : a.day !== b.day
        ? a.day - b.day
        : a.metric < b.metric
          ? -1
          : a.metric > b.metric
            ? 1
            : 0;

/**
 * Adds deltas inside the caller's transaction: a random slot per cell, rows in primary-key order
 * (the database applies them in that order) so two writers never lock cells in opposite orders.
 */
export async function applyDailyDeltas(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  deltas: Iterable<DailyDelta>,
): Promise<void> {
  const ordered = mergeDailyDeltas(deltas).sort(byKey);
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const rows = ordered.slice(i, i + CHUNK).map(
      (d): CampaignDailyCountsTable => ({
        workspace_id: workspaceId,
        campaign_id: d.campaignId,
        zone: d.zone,
        day: d.day,
        metric: d.metric,
        slot: randomInt(DAILY_SLOTS),
        value: d.delta,
      }),
    );
    const insert = trx.insertInto('campaign_daily_counts').values(rows);
    if (dialect === 'mysql') {
      await insert.onDuplicateKeyUpdate({ value: sql`value + values(value)` }).execute();
    } else {
      await insert
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'campaign_id', 'zone', 'day', 'metric', 'slot'])
            .doUpdateSet({ value: sql`campaign_daily_counts.value + excluded.value` }),
        )
        .execute();
    }
  }
}

/** Writes rebuilt totals (slot 0) of cells the caller has just emptied. */
export async function insertDailyTotals(
  trx: DbOrTrx,
  workspaceId: string,
  totals: readonly DailyDelta[],
): Promise<void> {
  const rows = mergeDailyDeltas(totals)
    .sort(byKey)
    .map(
      (d): CampaignDailyCountsTable => ({
        workspace_id: workspaceId,
        campaign_id: d.campaignId,
        zone: d.zone,
        day: d.day,
        metric: d.metric,
        slot: 0,
        value: d.delta,
      }),
    );
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('campaign_daily_counts')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Every rollup cell of a campaign (or of one zone of it), summed over slots. */
export async function readDailyTotals(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  range?: { zone: string; fromDay: number; toDay: number },
): Promise<Array<{ zone: string; day: number; metric: string; total: number }>> {
  let query = db
    .selectFrom('campaign_daily_counts')
    .select(['zone', 'day', 'metric', (eb) => eb.fn.sum<number>('value').as('total')])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .groupBy(['zone', 'day', 'metric']);
  if (range) {
    query = query
      .where('zone', '=', range.zone)
      .where('day', '>=', range.fromDay)
      .where('day', '<=', range.toDay);
  }
  return (await query.execute()).map((r) => ({
    zone: r.zone,
    day: Number(r.day),
    metric: r.metric,
    total: Number(r.total),
  }));
}

/** Deletes the rollups of a campaign (every zone), or of one zone across the workspace. */
export async function deleteDailyRows(
  trx: DbOrTrx,
  workspaceId: string,
  where: { campaignId: string } | { zone: string },
): Promise<void> {
  let query = trx.deleteFrom('campaign_daily_counts').where('workspace_id', '=', workspaceId);
  query =
    'campaignId' in where
      ? query.where('campaign_id', '=', where.campaignId)
      : query.where('zone', '=', where.zone);
  await query.execute();
}

type TrendEventRow = {
  enrollment_id: string;
  campaign_id: string;
  type: string;
  occurred_at: number;
  machine: number;
  auto_reply: number;
};

const toTrendEvent = (r: TrendEventRow): TrendEvent => ({
  enrollmentId: r.enrollment_id,
  campaignId: r.campaign_id,
  type: r.type,
  occurredAt: Number(r.occurred_at),
  machine: r.machine === 1,
  autoReply: r.auto_reply === 1,
});

const TREND_COLUMNS = [
  'enrollment_id',
  'campaign_id',
  'type',
  'occurred_at',
  'machine',
  'auto_reply',
] as const;

/**
 * The stored events of some enrollments that can count in a trend, optionally only some types and
 * only in `[from, to)`: one query per 1000 enrollments, each a range of `events_by_enrollment`.
 * Written as text like `insertEventRows`: Kysely's builder would cost more than SQLite's own work
 * on a list of 1000 ids, and this runs inside the ingest path.
 */
export async function storedTrendEvents(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentIds: readonly string[],
  filter: { types?: readonly AnyEventType[]; from?: number; to?: number } = {},
): Promise<TrendEvent[]> {
  const types = filter.types ?? TREND_EVENT_TYPES;
  const window: number[] = [];
  let range = '';
  if (filter.from !== undefined) {
    range += ' and occurred_at >= ?';
    window.push(filter.from);
  }
  if (filter.to !== undefined) {
    range += ' and occurred_at < ?';
    window.push(filter.to);
  }
  const events: TrendEvent[] = [];
  for (let i = 0; i < enrollmentIds.length; i += CHUNK) {
    const ids = enrollmentIds.slice(i, i + CHUNK);
    const query = CompiledQuery.raw(
      `select ${TREND_COLUMNS.join(', ')} from events where workspace_id = ? and enrollment_id in (${placeholders(ids.length)})${range} and type in (${placeholders(types.length)})`,
      [workspaceId, ...ids, ...window, ...types],
    );
    for (const r of (await db.executeQuery<TrendEventRow>(query)).rows) events.push(toTrendEvent(r));
  }
  return events;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** A lead's stored events that can count in a trend, across its campaigns (`events_by_lead`). */
export async function leadTrendEvents(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<TrendEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(TREND_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    .where('type', 'in', [...TREND_EVENT_TYPES])
    .execute();
  return rows.map(toTrendEvent);
}
