import { STATUSES, type Status } from '@leadstatus/core';
import { statusMetric } from '../../engine/counters.repository.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import { readCounters } from './counters.repository.js';

export interface AnalyticsSummary {
  enrolled: number;
  contacted: number;
  /** Bounced / Blocked by the do-not-contact list: counted apart, in no rate. */
  blocked: number;
  distribution: Record<Status, number>;
  rates: {
    reply_rate: number | null;
    engagement_rate: number | null;
    open_rate: number | null;
    click_rate: number | null;
    bounce_rate: number | null;
    completion_rate: number | null;
    unsubscribe_rate: number | null;
  };
  opens: { human: number; machine: number };
  /** Enrollments with at least one automatic reply (out-of-office, autoresponder): in no rate. */
  replies_automatic: number;
  /** Enrollments paused now by an out-of-office reply, until its return date. */
  out_of_office_holds: number;
  /** Enrollments paused now because another lead of their company replied. */
  company_stops: number;
}

/**
 * A rate, or null when nothing is in the denominator (DESIGN.md: not 0). Not capped: every numerator
 * counts only contacted enrollments (metric-deltas.ts), so it is within [0, 1] by construction.
 */
function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The summary of summed counters (metric -> total over the chosen campaigns). */
export function summarize(totals: ReadonlyMap<string, number>): AnalyticsSummary {
  const get = (metric: string) => totals.get(metric) ?? 0;
  const distribution = Object.fromEntries(STATUSES.map((s) => [s, get(statusMetric(s))])) as Record<
    Status,
    number
  >;
  const contacted = get('contacted');
  return {
    enrolled: get('enrolled'),
    contacted,
    blocked: get('blocked'),
    distribution,
    rates: {
      reply_rate: rate(get('replied'), contacted),
      engagement_rate: rate(get('engaged'), contacted),
      open_rate: rate(get('opened'), contacted),
      click_rate: rate(get('clicked'), contacted),
      bounce_rate: rate(get('bounced'), contacted),
      completion_rate: rate(get('completed'), contacted),
      unsubscribe_rate: rate(get('unsubscribed'), contacted),
    },
    opens: { human: get('opened'), machine: get('machine_opened') },
    replies_automatic: get('replies_automatic'),
    out_of_office_holds: get('out_of_office_holds'),
    company_stops: get('company_stops'),
  };
}

/** The analytics of some campaigns (or the whole workspace), read from the counters only. */
export async function readSummary(
  db: DbOrTrx,
  workspaceId: string,
  campaignIds?: readonly string[],
): Promise<AnalyticsSummary> {
  const counters = await readCounters(db, workspaceId, campaignIds);
  const totals = new Map<string, number>();
  for (const perCampaign of counters.values()) {
    for (const [metric, value] of perCampaign) totals.set(metric, (totals.get(metric) ?? 0) + value);
  }
  return summarize(totals);
}
