import type { EventType } from '@leadstatus/core';

/** What a trend point counts, each the number of leads with at least one such event that day. */
export const TREND_METRICS = [
  'sent',
  'opened',
  'clicked',
  'replied',
  'bounced',
  'unsubscribed',
  'machine_opened',
] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** The event types that count in some trend metric: stored events of other types are never read. */
export const TREND_EVENT_TYPES = [
  'sent',
  'opened',
  'clicked',
  'replied',
  'bounced',
  'rejected',
  'blocked',
  'unsubscribed',
  'complained',
] as const satisfies readonly EventType[];

export interface TrendEventKind {
  type: string;
  machine: boolean;
  autoReply: boolean;
}

/**
 * The metric an event counts in, or null. By the event's own flags, not by the workspace's
 * `filter_machine_events`: a rollup then never depends on a setting that may change later.
 */
export function trendMetricOf(event: TrendEventKind): TrendMetric | null {
  switch (event.type) {
    case 'sent':
      return 'sent';
    case 'opened':
      return event.machine ? 'machine_opened' : 'opened';
    case 'clicked':
      return event.machine ? null : 'clicked';
    case 'replied':
      return event.autoReply ? null : 'replied';
    case 'bounced':
    case 'rejected':
    case 'blocked':
      return 'bounced';
    case 'unsubscribed':
    case 'complained':
      return 'unsubscribed';
    default:
      return null;
  }
}
