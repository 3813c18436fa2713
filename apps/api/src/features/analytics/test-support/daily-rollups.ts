import type { Db } from '../../../platform/db/database.js';

/** Non-zero rollup cells of a workspace, `campaign zone date metric` -> total over slots. */
export async function dailySnapshot(db: Db, workspaceId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('campaign_daily_counts')
    .select(['campaign_id', 'zone', 'day', 'metric', (eb) => eb.fn.sum<number>('value').as('total')])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['campaign_id', 'zone', 'day', 'metric'])
    .execute();
  const cells: Record<string, number> = {};
  for (const r of rows) {
    const date = new Date(Number(r.day) * 86_400_000).toISOString().slice(0, 10);
    if (Number(r.total) !== 0) cells[`${r.campaign_id} ${r.zone} ${date} ${r.metric}`] = Number(r.total);
  }
  return sortKeys(cells);
}

/**
 * What the rollups must hold, computed from the stored events by brute force and independently of
 * the code under test: each event's local date by `Intl` directly, each metric by the table of
 * docs/analytics.md, then distinct enrollments per cell.
 */
export async function dailyOracle(
  db: Db,
  workspaceId: string,
  zones: readonly string[],
): Promise<Record<string, number>> {
  const events = await db
    .selectFrom('events')
    .select(['campaign_id', 'enrollment_id', 'type', 'occurred_at', 'machine', 'auto_reply'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const leads = new Map<string, Set<string>>();
  for (const e of events) {
    const metric =
      e.type === 'sent'
        ? 'sent'
        : e.type === 'opened'
          ? e.machine
            ? 'machine_opened'
            : 'opened'
          : e.type === 'clicked' && !e.machine
            ? 'clicked'
            : e.type === 'replied' && !e.auto_reply
              ? 'replied'
              : ['bounced', 'rejected', 'blocked'].includes(e.type)
                ? 'bounced'
                : ['unsubscribed', 'complained'].includes(e.type)
                  ? 'unsubscribed'
                  : null;
    if (!metric) continue;
    for (const zone of zones) {
      const date = new Date(Number(e.occurred_at)).toLocaleDateString('en-CA', { timeZone: zone });
      const cell = `${e.campaign_id} ${zone} ${date} ${metric}`;
      const set = leads.get(cell) ?? new Set<string>();
      set.add(e.enrollment_id);
      leads.set(cell, set);
    }
  }
  return sortKeys(Object.fromEntries([...leads].map(([cell, set]) => [cell, set.size])));
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
