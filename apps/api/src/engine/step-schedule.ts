import type { DbOrTrx } from '../platform/db/database.js';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import type { EngineContext } from './context.js';
import type { RecordedEvent } from './recorded-event.js';

const HOUR = 3_600_000;
/** Hours after the last step before a sequence completes, for a campaign that sets none. */
export const DEFAULT_FINAL_WAIT_HOURS = 72;

export interface CampaignSchedule {
  /** `delay_hours` by step position (from 1). */
  delays: Map<number, number>;
  /** The last step's position (0 for a campaign without steps). */
  lastStep: number;
  finalWaitHours: number;
}

/** The step delays and final wait of some campaigns of a workspace, with two queries. */
export async function loadSchedules(
  db: DbOrTrx,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<Map<string, CampaignSchedule>> {
  const schedules = new Map<string, CampaignSchedule>();
  const ids = [...new Set(campaignIds)];
  if (ids.length === 0) return schedules;
  for (const id of ids)
    schedules.set(id, { delays: new Map(), lastStep: 0, finalWaitHours: DEFAULT_FINAL_WAIT_HOURS });
  // One after the other: `db` may be a transaction (one connection).
  const steps = await db
    .selectFrom('campaign_steps')
    .select(['campaign_id', 'position', 'delay_hours'])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', 'in', ids)
    .execute();
  const settings = await db
    .selectFrom('sequence_settings')
    .select(['campaign_id', 'final_wait_hours'])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', 'in', ids)
    .execute();
  for (const step of steps) {
    const schedule = schedules.get(step.campaign_id) as CampaignSchedule;
    schedule.delays.set(step.position, step.delay_hours);
    schedule.lastStep = Math.max(schedule.lastStep, step.position);
  }
  for (const s of settings)
    (schedules.get(s.campaign_id) as CampaignSchedule).finalWaitHours = s.final_wait_hours;
  return schedules;
}

/**
 * When an enrollment is due next after sending step `step` at `sentAt`: the next step's delay after
 * this send, or, after the last step, the campaign's final wait (then the sweeper completes it).
 */
export function dueAfterSend(schedule: CampaignSchedule, step: number, sentAt: number): number {
  const nextDelay = schedule.delays.get(step + 1);
  return (
    sentAt +
    (step < schedule.lastStep && nextDelay !== undefined ? nextDelay : schedule.finalWaitHours) * HOUR
  );
}

/**
 * The new `next_due_at` of each enrollment that a `sent` event (with a step) moved forward in this
 * batch: from its latest send of its highest step. A send of an older step than the enrollment's
 * current one (a late report) changes no schedule. The engine writes these unless sending stopped.
 */
export async function scheduleAfterSends(
  ctx: EngineContext,
  events: readonly RecordedEvent[],
  rows: ReadonlyMap<string, EnrollmentsTable>,
): Promise<Map<string, number>> {
  const latest = new Map<string, { campaignId: string; step: number; at: number }>();
  for (const event of events) {
    if (event.type !== 'sent' || event.step === null) continue;
    const current = latest.get(event.enrollmentId);
    if (
      !current ||
      event.step > current.step ||
      (event.step === current.step && event.occurredAt > current.at)
    ) {
      latest.set(event.enrollmentId, {
        campaignId: event.campaignId,
        step: event.step,
        at: event.occurredAt,
      });
    }
  }
  const due = new Map<string, number>();
  if (latest.size === 0) return due;
  const moved = [...latest].filter(([id, send]) => send.step >= (rows.get(id)?.current_step ?? 0));
  if (moved.length === 0) return due;
  const schedules = await loadSchedules(
    ctx.trx,
    ctx.workspaceId,
    moved.map(([, send]) => send.campaignId),
  );
  for (const [enrollmentId, send] of moved) {
    const schedule = schedules.get(send.campaignId);
    if (schedule) due.set(enrollmentId, dueAfterSend(schedule, send.step, send.at));
  }
  return due;
}
