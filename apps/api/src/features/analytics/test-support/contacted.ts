import { expect } from 'vitest';
import type { Db } from '../../../platform/db/database.js';
import { readCounters } from '../counters.repository.js';
import { summarize } from '../summary.js';

/** The counters that are rate numerators: each counts only contacted enrollments. */
const NUMERATORS = ['opened', 'clicked', 'replied', 'engaged', 'bounced', 'completed', 'unsubscribed'];

/**
 * Checks, for each campaign of the workspace and for the workspace as a whole, that every numerator
 * is between 0 and `contacted`, and that every rate is null exactly when nothing was contacted and
 * otherwise within [0, 1] (the summary caps nothing, so this is the construction's proof).
 */
export async function expectRatesWithinContacted(db: Db, workspaceId: string, label: string): Promise<void> {
  const perCampaign = await readCounters(db, workspaceId);
  const workspace = new Map<string, number>();
  for (const metrics of perCampaign.values())
    for (const [metric, value] of metrics) workspace.set(metric, (workspace.get(metric) ?? 0) + value);
  for (const [scope, totals] of [...perCampaign, ['workspace', workspace] as const]) {
    const at = `${label}, ${scope}`;
    const contacted = totals.get('contacted') ?? 0;
    expect(contacted, at).toBeGreaterThanOrEqual(0);
    expect(contacted, at).toBeLessThanOrEqual(totals.get('enrolled') ?? 0);
    for (const metric of NUMERATORS) {
      const value = totals.get(metric) ?? 0;
      expect(value, `${at}: ${metric}`).toBeGreaterThanOrEqual(0);
      expect(value, `${at}: ${metric} <= contacted`).toBeLessThanOrEqual(contacted);
    }
    for (const [name, rate] of Object.entries(summarize(totals).rates)) {
      if (contacted === 0) expect(rate, `${at}: ${name}`).toBeNull();
      else {
        expect(rate, `${at}: ${name}`).toBeGreaterThanOrEqual(0);
        expect(rate, `${at}: ${name}`).toBeLessThanOrEqual(1);
      }
    }
  }
}

/** The event types that contact a lead whatever their flags (docs/analytics.md, Definitions). */
const ALWAYS = new Set(['sent', 'opened', 'clicked', 'replied', 'bounced', 'rejected']);
const OPT_OUT_REASONS = new Set(['link', 'one_click', 'reply', 'complaint']);

/**
 * Contacted enrollments per campaign (non-zero only), from the stored events by the table of
 * docs/analytics.md, independently of core's rule: an oracle for the maintained `contacted` counter.
 */
export async function contactedOracle(db: Db, workspaceId: string): Promise<Record<string, number>> {
  const events = await db
    .selectFrom('events')
    .select(['campaign_id', 'enrollment_id', 'type', 'reason', 'propagated'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const contacted = new Map<string, Set<string>>();
  for (const e of events) {
    const optOut =
      e.propagated === 0 &&
      (e.type === 'complained' || (e.type === 'unsubscribed' && OPT_OUT_REASONS.has(e.reason ?? 'link')));
    if (!ALWAYS.has(e.type) && !optOut) continue;
    const set = contacted.get(e.campaign_id) ?? new Set<string>();
    set.add(e.enrollment_id);
    contacted.set(e.campaign_id, set);
  }
  return Object.fromEntries([...contacted].map(([campaignId, set]) => [campaignId, set.size]));
}
