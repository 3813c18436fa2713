import type { AnyEventType } from '@leadstatus/core';
import type { DbOrTrx, DialectName } from '../platform/db/database.js';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import type { EngineContext } from './context.js';
import { applyDailyDeltas, leadTrendEvents, storedTrendEvents } from './daily-rollups.repository.js';
import { DailyTally, type TrendEvent } from './daily-tally.js';
import { maintainedZones } from './maintained-zones.js';
import type { RecordedEvent } from './recorded-event.js';
import { DAY_MS, zoneCalendar } from './time-zones.js';
import { type TrendMetric, trendMetricOf } from './trend-metrics.js';

/** Slack around a local day's bounds, computed from one offset: a DST shift that day moves them by an hour. */
const SLACK_MS = 3 * 3_600_000;

/** The event types of each metric, to read only stored events that could share a cell. */
const TYPES_OF: Record<TrendMetric, AnyEventType[]> = {
  sent: ['sent'],
  opened: ['opened'],
  machine_opened: ['opened'],
  clicked: ['clicked'],
  replied: ['replied'],
  bounced: ['bounced', 'rejected', 'blocked'],
  unsubscribed: ['unsubscribed', 'complained'],
};

/**
 * False when the locked enrollment row proves it has no stored event of the metric's kind: its
 * counters count every stored send, open, click and reply (human or not, whatever the settings).
 */
function mayHaveStored(row: EnrollmentsTable, metric: TrendMetric): boolean {
  switch (metric) {
    case 'sent':
      return row.sent_count > 0;
    case 'opened':
    case 'machine_opened':
      return row.opened_count + row.machine_opened_count > 0;
    case 'clicked':
      return row.clicked_count + row.machine_clicked_count > 0;
    case 'replied':
      return row.replied_count > 0;
    default:
      return row.last_event_at > 0;
  }
}

/**
 * Keeps the daily rollups of the workspace's maintained zones as a batch of events is applied;
 * call it before the events are stored, with the enrollment rows locked. An event adds 1 to
 * (campaign, zone, local day, metric) unless its enrollment already has a stored event, or an
 * earlier one in this batch, of the same kind on that local day. Stored events are read in one
 * query, and only for enrollments whose locked row does not rule them out (no event of that kind
 * yet, or none since before the day began): a batch of first sends, opens or clicks reads none.
 */
export async function applyDailyRollups(
  ctx: EngineContext,
  events: readonly RecordedEvent[],
  rows: ReadonlyMap<string, EnrollmentsTable>,
): Promise<void> {
  // A RecordedEvent is a TrendEvent: no copies on the ingest path.
  const counted: readonly TrendEvent[] = events.filter((e) => trendMetricOf(e) !== null);
  if (counted.length === 0) return;
  const calendars = (await maintainedZones(ctx.trx, ctx.dialect, ctx.workspaceId)).map(zoneCalendar);

  const check = new Set<string>();
  const types = new Set<AnyEventType>();
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const event of counted) {
    const row = rows.get(event.enrollmentId);
    const metric = trendMetricOf(event) as TrendMetric;
    if (!row || !mayHaveStored(row, metric)) continue;
    // The instants that are on the event's local day in some zone, with slack.
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const calendar of calendars) {
      const offset = calendar.offsetAt(event.occurredAt);
      const midnight = Math.floor((event.occurredAt + offset) / DAY_MS) * DAY_MS - offset;
      start = Math.min(start, midnight - SLACK_MS);
      end = Math.max(end, midnight + DAY_MS + SLACK_MS);
    }
    // Every stored event of the enrollment happened at or before its last_event_at.
    if (row.last_event_at < start) continue;
    check.add(event.enrollmentId);
    for (const type of TYPES_OF[metric]) types.add(type);
    from = Math.min(from, start);
    to = Math.max(to, end);
  }

  const tally = new DailyTally(calendars);
  if (check.size > 0) {
    const stored = await storedTrendEvents(ctx.trx, ctx.workspaceId, [...check], {
      types: [...types],
      from,
      to,
    });
    for (const event of stored) tally.mark(event);
  }
  for (const event of counted) tally.add(event);
  await applyDailyDeltas(ctx.trx, ctx.dialect, ctx.workspaceId, tally.deltas());
}

/**
 * Takes a lead's contributions out of the rollups before its events are erased, in the caller's
 * transaction (with the lead's enrollments locked): each (enrollment, metric, day) it had counted 1.
 */
export async function subtractLeadRollups(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  leadId: string,
): Promise<void> {
  const events = await leadTrendEvents(trx, workspaceId, leadId);
  if (events.length === 0) return;
  const calendars = (await maintainedZones(trx, dialect, workspaceId)).map(zoneCalendar);
  const tally = new DailyTally(calendars, -1);
  for (const event of events) tally.add(event);
  await applyDailyDeltas(trx, dialect, workspaceId, tally.deltas());
}
