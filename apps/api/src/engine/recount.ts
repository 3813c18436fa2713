import { deriveStatus, type LeadEvent } from '@leadstatus/core';
import type { Transaction } from 'kysely';
import type { Database, DialectName } from '../platform/db/database.js';
import type { DatabaseHandle } from '../platform/db/open-database.js';
import { inTransaction } from '../platform/db/transaction.js';
import { writeCommand } from '../platform/db/write-command.js';
import { deleteDailyRows, insertDailyTotals, readDailyTotals } from './daily-rollups.repository.js';
import { DailyTally } from './daily-tally.js';
import { loadEnrollmentHistories } from './events.repository.js';
import { maintainedZones } from './maintained-zones.js';
import { metricDeltas } from './metric-deltas.js';
import { zoneCalendar } from './time-zones.js';
import { findWorkspaceSettings } from './workspace-settings.repository.js';

/** Enrollments read per query while recounting a campaign. */
const PAGE = 500;

export interface RecountResult {
  workspaces: number;
  campaigns: number;
  enrollments: number;
  /** Counters and daily rollup cells whose stored total differed from the recount (0 when all were right). */
  corrected: number;
  /** Of `corrected`, the daily rollup cells (campaign, zone, day, metric). */
  dailyCorrected: number;
}

/**
 * Rebuilds the campaign counters and daily rollups of one workspace (or of every workspace) from
 * the stored events: each enrollment's state is derived from its events, its metrics summed, its
 * events tallied per local day in each maintained zone, and each campaign's counter and rollup
 * rows replaced, one write command (one transaction) per campaign, so other writes get turns in
 * between. Inside that transaction the campaign's enrollments are read (and, on MySQL, locked) so no
 * concurrent event moves a state mid-recount.
 */
export async function recountCounters(
  database: Pick<DatabaseHandle, 'db' | 'writer'>,
  options: { workspaceId?: string } = {},
): Promise<RecountResult> {
  const { db } = database;
  const workspaceIds = options.workspaceId
    ? [options.workspaceId]
    : (await db.selectFrom('workspaces').select('id').orderBy('id').execute()).map((w) => w.id);
  const result: RecountResult = {
    workspaces: 0,
    campaigns: 0,
    enrollments: 0,
    corrected: 0,
    dailyCorrected: 0,
  };
  for (const workspaceId of workspaceIds) {
    const settings = await findWorkspaceSettings(db, workspaceId);
    if (!settings) continue;
    result.workspaces += 1;
    const applyOptions = { filterMachineEvents: settings.filter_machine_events };
    const campaignIds = new Set<string>();
    for (const c of await db
      .selectFrom('campaigns')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute())
      campaignIds.add(c.id);
    for (const table of ['campaign_counters', 'campaign_daily_counts'] as const) {
      for (const c of await db
        .selectFrom(table)
        .select('campaign_id')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .execute())
        campaignIds.add(c.campaign_id);
    }

    for (const campaignId of [...campaignIds].sort()) {
      result.campaigns += 1;
      const r = await database.writer.run(recountCampaignCommand, { workspaceId, campaignId, applyOptions });
      result.enrollments += r.enrollments;
      result.corrected += r.corrected + r.dailyCorrected;
      result.dailyCorrected += r.dailyCorrected;
    }
  }
  return result;
}

interface RecountCampaignInput {
  workspaceId: string;
  campaignId: string;
  applyOptions: { filterMachineEvents: boolean };
}

interface CampaignRecount {
  enrollments: number;
  corrected: number;
  dailyCorrected: number;
}

/** Recounts one campaign's counters and rollups in one transaction. */
export const recountCampaignCommand = writeCommand(
  import.meta.url,
  'recountCampaignCommand',
  (
    { db, dialect },
    { workspaceId, campaignId, applyOptions }: RecountCampaignInput,
  ): Promise<CampaignRecount> =>
    inTransaction(db, (trx) => recountCampaign(dialect, trx, workspaceId, campaignId, applyOptions)),
);

async function recountCampaign(
  dialect: DialectName,
  trx: Transaction<Database>,
  workspaceId: string,
  campaignId: string,
  applyOptions: { filterMachineEvents: boolean },
): Promise<CampaignRecount> {
  const totals = new Map<string, number>();
  let tally: DailyTally | undefined;
  let enrollments = 0;
  let after: string | undefined;
  for (;;) {
    let query = trx
      .selectFrom('enrollments')
      .select(['id', 'label'])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .limit(PAGE);
    if (after !== undefined) query = query.where('id', '>', after);
    if (dialect === 'mysql') query = query.forUpdate();
    const page = await query.execute();
    // Read after the first enrollments are locked: the engine too locks enrollments, then the workspace.
    tally ??= new DailyTally((await maintainedZones(trx, dialect, workspaceId)).map(zoneCalendar));
    const histories = await loadEnrollmentHistories(
      trx,
      workspaceId,
      page.map((e) => e.id),
    );
    for (const { id, label } of page) {
      const history = histories.get(id) ?? [];
      const state = deriveStatus(history, applyOptions);
      for (const [metric, delta] of Object.entries(metricDeltas(null, state, { before: null, after: label })))
        totals.set(metric, (totals.get(metric) ?? 0) + delta);
      for (const event of history) tally.add(trendEventOf(event, id, campaignId));
    }
    tally.forgetSeen();
    enrollments += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id;
  }

  const corrected = await replaceCounters(trx, workspaceId, campaignId, totals);
  const dailyCorrected = await replaceDailyRollups(trx, workspaceId, campaignId, tally);
  // Counted once the transaction is sure to commit: a retried attempt starts again.
  return { enrollments, corrected, dailyCorrected };
}

function trendEventOf(event: LeadEvent, enrollmentId: string, campaignId: string) {
  return {
    enrollmentId,
    campaignId,
    type: event.type,
    occurredAt: Number(event.occurred_at),
    machine: event.machine === true,
    autoReply: event.auto_reply === true,
  };
}

/** Replaces the campaign's counter rows; returns how many counters differed. */
async function replaceCounters(
  trx: Transaction<Database>,
  workspaceId: string,
  campaignId: string,
  totals: ReadonlyMap<string, number>,
): Promise<number> {
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
  return corrected;
}

/** Replaces the campaign's rollup rows (every zone: unmaintained ones go); returns how many cells differed. */
async function replaceDailyRollups(
  trx: Transaction<Database>,
  workspaceId: string,
  campaignId: string,
  tally: DailyTally | undefined,
): Promise<number> {
  const counted = new Map<string, number>();
  for (const d of tally?.deltas() ?? []) counted.set(`${d.zone} ${d.day} ${d.metric}`, d.delta);
  const stored = new Map<string, number>();
  for (const r of await readDailyTotals(trx, workspaceId, campaignId))
    stored.set(`${r.zone} ${r.day} ${r.metric}`, r.total);
  let corrected = 0;
  for (const cell of new Set([...stored.keys(), ...counted.keys()]))
    if ((stored.get(cell) ?? 0) !== (counted.get(cell) ?? 0)) corrected += 1;
  await deleteDailyRows(trx, workspaceId, { campaignId });
  await insertDailyTotals(trx, workspaceId, tally?.deltas() ?? []);
  return corrected;
}
