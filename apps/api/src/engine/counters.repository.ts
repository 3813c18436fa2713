import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../platform/db/database.js';

/** Slots per counter: increments pick one at random so concurrent writers rarely wait on one row lock. */
export const COUNTER_SLOTS = 8;

/** A change to one counter of one campaign, e.g. `{ metric: 'status:engaged', delta: 1 }`. */
export interface CounterDelta {
  campaignId: string;
  metric: string;
  delta: number;
}

export const statusMetric = (status: string) => `status:${status}`;

/** Sums deltas per (campaign, metric) and drops the ones that cancel out. */
export function mergeDeltas(deltas: Iterable<CounterDelta>): CounterDelta[] {
  const merged = new Map<string, CounterDelta>();
  for (const d of deltas) {
    const key = `${d.campaignId}\u0000${d.metric}`;
    const existing = merged.get(key);
    if (existing) existing.delta += d.delta;
    else merged.set(key, { ...d });
  }
  return [...merged.values()].filter((d) => d.delta !== 0);
}

/**
 * Applies counter deltas inside the caller's transaction: one multi-row upsert, its rows in a fixed
 * order (the database applies them in that order), so two transactions never lock the same slots in
 * opposite orders. After merging there is one row per (campaign, metric), so no slot appears twice.
 */
export async function applyCounterDeltas(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  deltas: Iterable<CounterDelta>,
): Promise<void> {
  const ordered = mergeDeltas(deltas).sort((a, b) =>
    a.campaignId === b.campaignId ? a.metric.localeCompare(b.metric) : a.campaignId < b.campaignId ? -1 : 1,
  );
  if (ordered.length === 0) return;
  const rows = ordered.map((d) => ({
    workspace_id: workspaceId,
    campaign_id: d.campaignId,
    metric: d.metric,
    slot: randomInt(COUNTER_SLOTS),
    value: d.delta,
  }));
  const insert = trx.insertInto('campaign_counters').values(rows);
  if (dialect === 'mysql') {
    await insert.onDuplicateKeyUpdate({ value: sql`value + values(value)` }).execute();
  } else {
    await insert
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'campaign_id', 'metric', 'slot'])
          .doUpdateSet({ value: sql`campaign_counters.value + excluded.value` }),
      )
      .execute();
  }
}
