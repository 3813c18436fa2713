import { createApp } from '@leadstatus/api';
import { TREND_METRICS } from '@leadstatus/api/engine/trend-metrics';
import { formatDay } from '@leadstatus/api/features/analytics/calendar-days';
import { readSummary } from '@leadstatus/api/features/analytics/summary';
import { readTrend } from '@leadstatus/api/features/analytics/trends';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';
import type { Figure } from '@leadstatus/bench-support/measure';
import { CompiledQuery } from 'kysely';

const DAY_MS = 86_400_000;
export const TREND_DAYS = 90;

/** Each event's trend metric in SQL, as docs/analytics.md defines it. */
const METRIC_SQL = `case
  when type = 'sent' then 'sent'
  when type = 'opened' and machine = 1 then 'machine_opened'
  when type = 'opened' then 'opened'
  when type = 'clicked' and machine = 0 then 'clicked'
  when type = 'replied' and auto_reply = 0 then 'replied'
  when type in ('bounced', 'rejected', 'blocked') then 'bounced'
  when type in ('unsubscribed', 'complained') then 'unsubscribed' end`;

export interface Pair {
  title: string;
  baseline: Figure;
  figures: Figure[];
}

/**
 * The two reads, each beside its baseline: the distribution from the counters against GROUP BY
 * status over the enrollments, and a 90-day UTC trend from the rollups against GROUP BY over the
 * events. Each pair is checked to give the same numbers before it is timed.
 */
export async function buildScenario(
  handle: DatabaseHandle,
  workspaceId: string,
  apiKey: string,
  campaignId: string,
  now: number,
  baselineSamples: number,
): Promise<Pair[]> {
  const { db, dialect } = handle;
  const { app } = createApp({ database: handle });
  const headers = { Authorization: `Bearer ${apiKey}` };
  const get = async (path: string) => {
    const response = await app.request(path, { headers });
    if (response.status !== 200) throw new Error(`app answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { points?: unknown };
  };

  const byStatus = CompiledQuery.raw(
    'select status, count(*) as n from enrollments where workspace_id = ? and campaign_id = ? group by status',
    [workspaceId, campaignId],
  );
  const distribution = async () => {
    const rows = (await db.executeQuery<{ status: string; n: number }>(byStatus)).rows;
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  };
  const summary = await readSummary(db, workspaceId, [campaignId]);
  const nonZero = (d: Record<string, number>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(d)
          .filter(([, n]) => n !== 0)
          .sort(),
      ),
    );
  if (nonZero(summary.distribution) !== nonZero(await distribution())) {
    throw new Error('the counters and GROUP BY status disagree on the distribution');
  }

  const toDay = Math.floor(now / DAY_MS);
  const fromDay = toDay - (TREND_DAYS - 1);
  const dayExpr = dialect === 'mysql' ? 'occurred_at div 86400000' : 'occurred_at / 86400000';
  const byDay = CompiledQuery.raw(
    `select day, metric, count(distinct enrollment_id) as n from (
       select ${dayExpr} as day, ${METRIC_SQL} as metric, enrollment_id from events
       where workspace_id = ? and campaign_id = ? and occurred_at >= ? and occurred_at < ?
     ) e where metric is not null group by day, metric`,
    [workspaceId, campaignId, fromDay * DAY_MS, (toDay + 1) * DAY_MS],
  );
  const baselineTrend = async () => {
    const rows = (await db.executeQuery<{ day: number; metric: string; n: number }>(byDay)).rows;
    const cells = new Map(rows.map((r) => [`${Number(r.day)} ${r.metric}`, Number(r.n)]));
    return Array.from({ length: TREND_DAYS }, (_, i) => ({
      date: formatDay(fromDay + i),
      ...Object.fromEntries(TREND_METRICS.map((m) => [m, cells.get(`${fromDay + i} ${m}`) ?? 0])),
    }));
  };
  const query = { zone: 'UTC', fromDay, toDay, interval: 'day' as const };
  const trendPath = `/v1/campaigns/${campaignId}/analytics/trends?from=${formatDay(fromDay)}&to=${formatDay(toDay)}&tz=UTC`;
  const rollups = await readTrend(db, workspaceId, campaignId, query);
  if (JSON.stringify(rollups) !== JSON.stringify(await baselineTrend())) {
    throw new Error('the rollups and GROUP BY over the events disagree on the trend');
  }
  if (JSON.stringify((await get(trendPath)).points) !== JSON.stringify(rollups)) {
    throw new Error('the trends route and the repository disagree');
  }

  return [
    {
      title: 'distribution',
      baseline: {
        name: 'baseline: GROUP BY status over enrollments',
        run: distribution,
        samples: baselineSamples,
      },
      figures: [
        { name: 'counters: readSummary (repository)', run: () => readSummary(db, workspaceId, [campaignId]) },
        {
          name: 'counters: GET /v1/campaigns/{id}/analytics (in-process)',
          run: () => get(`/v1/campaigns/${campaignId}/analytics`),
        },
      ],
    },
    {
      title: `${TREND_DAYS}-day trend`,
      baseline: {
        name: 'baseline: GROUP BY day, metric over events',
        run: baselineTrend,
        samples: baselineSamples,
      },
      figures: [
        { name: 'rollups: readTrend (repository)', run: () => readTrend(db, workspaceId, campaignId, query) },
        { name: 'rollups: GET .../analytics/trends (in-process)', run: () => get(trendPath) },
      ],
    },
  ];
}
