import { deriveStatus } from '@leadstatus/core';
import type { DatabaseHandle } from '../db/open-database.js';
import { inTransaction } from '../db/transaction.js';
import { loadEnrollmentHistory } from '../events/events.repository.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { metricDeltas } from './metric-deltas.js';

/** Enrollments read per query while recounting a campaign. */
const PAGE = 500;

export interface RecountResult {
  workspaces: number;
  campaigns: number;
  enrollments: number;
  /** Counters whose stored total differed from the recount (0 when they were right). */
  corrected: number;
}

/**
 * Rebuilds the campaign counters of one workspace (or of every workspace) from the stored events:
 * each enrollment's state is derived from its events, its metrics summed, and each campaign's
 * counter rows replaced, one transaction per campaign. Inside that transaction the campaign's
 * enrollments are read (and, on MySQL, locked) so no concurrent event moves a state mid-recount.
 */
export async function recountCounters(
  database: DatabaseHandle,
  options: { workspaceId?: string } = {},
): Promise<RecountResult> {
  const { db, dialect } = database;
  const workspaceIds = options.workspaceId
    ? [options.workspaceId]
    : (await db.selectFrom('workspaces').select('id').orderBy('id').execute()).map((w) => w.id);
  const result: RecountResult = { workspaces: 0, campaigns: 0, enrollments: 0, corrected: 0 };
  for (const workspaceId of workspaceIds) {
    const workspace = await findWorkspace(db, workspaceId);
    if (!workspace) continue;
    result.workspaces += 1;
    const applyOptions = { filterMachineEvents: workspace.settings.filter_machine_events };
    const campaignIds = new Set<string>();
    for (const c of await db
      .selectFrom('campaigns')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute())
      campaignIds.add(c.id);
    for (const c of await db
      .selectFrom('campaign_counters')
      .select('campaign_id')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .execute())
      campaignIds.add(c.campaign_id);

    for (const campaignId of [...campaignIds].sort()) {
      result.campaigns += 1;
      await inTransaction(db, async (trx) => {
        const totals = new Map<string, number>();
        let enrollments = 0;
        let after: string | undefined;
        for (;;) {
          let query = trx
            .selectFrom('enrollments')
            .select('id')
            .where('workspace_id', '=', workspaceId)
            .where('campaign_id', '=', campaignId)
            .orderBy('id')
            .limit(PAGE);
          if (after !== undefined) query = query.where('id', '>', after);
          if (dialect === 'mysql') query = query.forUpdate();
          const page = await query.execute();
          for (const { id } of page) {
            const state = deriveStatus(await loadEnrollmentHistory(trx, workspaceId, id), applyOptions);
            for (const [metric, delta] of Object.entries(metricDeltas(null, state)))
              totals.set(metric, (totals.get(metric) ?? 0) + delta);
          }
          enrollments += page.length;
          if (page.length < PAGE) break;
          after = page[page.length - 1]?.id;
        }

        const stored = new Map<string, number>();
        for (const row of await trx
          .selectFrom('campaign_counters')
          .select(['metric', (eb) => eb.fn.sum<number>('value').as('total')])
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', campaignId)
          .groupBy('metric')
          .execute())
          stored.set(row.metric, Number(row.total));
        let corrected = 0;
        for (const metric of new Set([...stored.keys(), ...totals.keys()]))
          if ((stored.get(metric) ?? 0) !== (totals.get(metric) ?? 0)) corrected += 1;

        await trx
          .deleteFrom('campaign_counters')
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', campaignId)
          .execute();
        const rows = [...totals]
          .filter(([, value]) => value !== 0)
          .map(([metric, value]) => ({
            workspace_id: workspaceId,
            campaign_id: campaignId,
            metric,
            slot: 0,
            value,
          }));
        if (rows.length > 0) await trx.insertInto('campaign_counters').values(rows).execute();
        // Counted once the transaction is sure to commit: a retried attempt starts again.
        return { enrollments, corrected };
      }).then((r) => {
        result.enrollments += r.enrollments;
        result.corrected += r.corrected;
      });
    }
  }
  return result;
}
