import { COUNTER_SLOTS, statusMetric } from '@leadstatus/api/counters/campaign-counters.repository';
import type { Db } from '@leadstatus/api/db/database';
import { CompiledQuery } from 'kysely';

interface Group {
  status: string;
  status_reason: string | null;
  sent: number;
  opened: number;
  clicked: number;
  replied: number;
  machine: number;
  n: number;
}

/**
 * The campaign counters the seeded enrollments imply (what the engine would have maintained), from
 * one GROUP BY, each spread over the counter slots.
 */
export async function seedCounters(db: Db, workspaceId: string, campaignId: string): Promise<void> {
  const groups = (
    await db.executeQuery<Group>(
      CompiledQuery.raw(
        `select status, status_reason, sent_count > 0 as sent, opened_count > 0 as opened, clicked_count > 0 as clicked,
           replied_count > 0 as replied, machine_opened_count > 0 as machine, count(*) as n
         from enrollments where workspace_id = ? and campaign_id = ?
         group by status, status_reason, sent_count > 0, opened_count > 0, clicked_count > 0, replied_count > 0, machine_opened_count > 0`,
        [workspaceId, campaignId],
      ),
    )
  ).rows;
  const totals = new Map<string, number>();
  const add = (metric: string, n: number) => totals.set(metric, (totals.get(metric) ?? 0) + n);
  for (const g of groups) {
    const n = Number(g.n);
    const [sent, opened, clicked, replied] = [g.sent, g.opened, g.clicked, g.replied].map(Number);
    add('enrolled', n);
    add(statusMetric(g.status), n);
    if (sent) add('contacted', n);
    if (opened) add('opened', n);
    if (clicked) add('clicked', n);
    if (replied) add('replied', n);
    if (opened || clicked || replied) add('engaged', n);
    if (Number(g.machine)) add('machine_opened', n);
    if (g.status === 'bounced' && (g.status_reason === 'dnc_rule' || g.status_reason === 'opted_out'))
      add('blocked', n);
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
