import { canonicalZone, UTC } from '../../engine/time-zones.js';
import { problems } from '../../platform/http/problem.js';
import { formatDay, parseDate } from './calendar-days.js';
import { DEFAULT_TREND_DAYS, MAX_TREND_DAYS } from './trend-schemas.js';

/**
 * The rollup zone that answers a `tz`: `UTC`, or the reporting zone (by its stored name) when `tz`
 * names the same zone; null for any other zone, whose local days no rollup follows.
 */
export function trendZone(requested: string, reporting: string): string | null {
  const zone = canonicalZone(requested);
  if (zone === UTC) return UTC;
  return zone !== null && zone === canonicalZone(reporting) ? reporting : null;
}

export function unmaintainedZoneProblem(reporting: string) {
  const detail = `Trends are kept for UTC and this workspace's reporting zone (${reporting}); set it with PATCH /v1/workspace.`;
  return problems.validation(detail, [{ path: 'query.tz', message: detail }]);
}

/**
 * The day numbers of a range from already well-formed `from`/`to` (YYYY-MM-DD): `to` defaults to
 * today, `from` to 29 days before `to`. A 400 problem when `from` is after `to` or the range is too long.
 */
export function resolveTrendRange(
  from: string | undefined,
  to: string | undefined,
  today: number,
): { fromDay: number; toDay: number } {
  const toDay = to === undefined ? today : (parseDate(to) as number);
  const fromDay = from === undefined ? toDay - (DEFAULT_TREND_DAYS - 1) : (parseDate(from) as number);
  const fail = (message: string) =>
    problems.validation(`query.from: ${message}`, [{ path: 'query.from', message }]);
  if (fromDay > toDay) throw fail(`Must not be after to (${formatDay(toDay)})`);
  const days = toDay - fromDay + 1;
  if (days > MAX_TREND_DAYS) throw fail(`The range covers ${days} days; at most ${MAX_TREND_DAYS}`);
  return { fromDay, toDay };
}
