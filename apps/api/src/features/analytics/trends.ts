import { readDailyTotals } from '../../engine/daily-rollups.repository.js';
import { TREND_METRICS, type TrendMetric } from '../../engine/trend-metrics.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import { formatDay, isoWeekStart } from './calendar-days.js';

export type TrendInterval = 'day' | 'week';
export type TrendPoint = { date: string } & Record<TrendMetric, number>;

const zeros = (): Record<TrendMetric, number> =>
  Object.fromEntries(TREND_METRICS.map((m) => [m, 0])) as Record<TrendMetric, number>;

/**
 * One point per day of `[fromDay, toDay]`, zeros included; or per ISO week (Monday first), dated by
 * the week's first day within the range, each metric the sum of its daily counts over those days.
 */
export function trendPoints(
  daily: ReadonlyMap<number, Partial<Record<TrendMetric, number>>>,
  fromDay: number,
  toDay: number,
  interval: TrendInterval,
): TrendPoint[] {
  const points: TrendPoint[] = [];
  let current: TrendPoint | undefined;
  for (let day = fromDay; day <= toDay; day++) {
    if (!current || interval === 'day' || isoWeekStart(day) === day) {
      current = { date: formatDay(day), ...zeros() };
      points.push(current);
    }
    const counts = daily.get(day);
    if (counts) for (const m of TREND_METRICS) current[m] += counts[m] ?? 0;
  }
  return points;
}

/** A campaign's trend from its daily rollups in `zone` (a maintained zone): never reads events. */
export async function readTrend(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  query: { zone: string; fromDay: number; toDay: number; interval: TrendInterval },
): Promise<TrendPoint[]> {
  const daily = new Map<number, Partial<Record<TrendMetric, number>>>();
  for (const row of await readDailyTotals(db, workspaceId, campaignId, query)) {
    const counts = daily.get(row.day) ?? {};
    counts[row.metric as TrendMetric] = row.total;
    daily.set(row.day, counts);
  }
  return trendPoints(daily, query.fromDay, query.toDay, query.interval);
}
