import { COUNTER_SLOTS } from '@leadstatus/api/engine/counters.repository';
import { metricValues } from '@leadstatus/api/engine/metric-deltas';
import type { Db } from '@leadstatus/api/platform/db/database';
import { CompiledQuery } from 'kysely';

/** Core's state, as the service's `metricValues` reads it (this package does not depend on core). */
type EnrollmentState = NonNullable<Parameters<typeof metricValues>[0]>;

interface Group {
  status: EnrollmentState['status'];
  status_reason: EnrollmentState['reason'];
  contacted: number;
  opened: number;
  clicked: number;
  replied: number;
  machine: number;
  n: number;
}

/**
 * The campaign counters the seeded enrollments imply (what the engine would have maintained), from
 * one GROUP BY and the service's own `metricValues`, each spread over the counter slots.
 */
export async function seedCounters(db: Db, workspaceId: string, campaignId: string): Promise<void> {
  const groups = (
    await db.executeQuery<Group>(
      CompiledQuery.raw(
        `select status, status_reason, contacted, opened_count > 0 as opened, clicked_count > 0 as clicked,
           replied_count > 0 as replied, machine_opened_count > 0 as machine, count(*) as n
         from enrollments where workspace_id = ? and campaign_id = ?
         group by status, status_reason, contacted, opened_count > 0, clicked_count > 0, replied_count > 0, machine_opened_count > 0`,
        [workspaceId, campaignId],
      ),
    )
  ).rows;
  const totals = new Map<string, number>();
  for (const g of groups) {
    // A state with what the indicators read: the status, its reason, contacted and which counts are non-zero.
    const state: EnrollmentState = {
      status: g.status,
      reason: g.status_reason,
      base: g.status === 'paused' ? 'sent' : g.status,
      baseReason: g.status === 'paused' ? null : g.status_reason,
      paused: g.status === 'paused',
      pauseReason: g.status === 'paused' ? 'manual' : null,
      pausedUntil: null,
      softBounceStreak: 0,
      contacted: Number(g.contacted) === 1,
      counters: {
        sent: 0,
        opened: Number(g.opened),
        clicked: Number(g.clicked),
        replied: Number(g.replied),
        auto_replied: 0,
        machine_opened: Number(g.machine),
        machine_clicked: 0,
        soft_bounced: 0,
      },
      lastEventAt: null,
      statusChangedAt: null,
    };
    for (const [metric, value] of Object.entries(metricValues(state)))
      if (value !== 0) totals.set(metric, (totals.get(metric) ?? 0) + value * Number(g.n));
  }
  const rows: string[] = [];
  for (const [metric, total] of totals) {
    // Even shares, the remainder on slot 0: the sum is what a read sees.
    const share = Math.floor(total / COUNTER_SLOTS);
    for (let slot = 0; slot < COUNTER_SLOTS; slot++) {
      const value = slot === 0 ? total - share * (COUNTER_SLOTS - 1) : share;
      rows.push(`('${workspaceId}','${campaignId}','${metric}',${slot},${value})`);
    }
  }
  await db.executeQuery(
    CompiledQuery.raw(
      `insert into campaign_counters (workspace_id, campaign_id, metric, slot, value) values ${rows.join(',')}`,
    ),
  );
}
