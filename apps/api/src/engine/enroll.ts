import type { Status, StatusReason } from '@leadstatus/core';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import { newId } from '../platform/ids.js';
import type { EngineContext } from './context.js';
import { applyCounterDeltas } from './counters.repository.js';
import { freshEnrollmentRow } from './enrollment-row.js';
import { stateFromRow } from './enrollment-state.js';
import { counterDeltas } from './metric-deltas.js';
import { recordEventsIn } from './record-events.js';
import { recordedEvent } from './recorded-event.js';

/** Rows per INSERT. */
const CHUNK = 500;

export interface NewEnrollment {
  leadId: string;
  /** The lead's e-mail in its stored (normalised) form: lists sort and search on this copy. */
  leadEmail: string;
  /** Set when the lead is on the do-not-contact list: the enrollment starts Bounced / Blocked. */
  blockedBy: 'opted_out' | 'dnc_rule' | null;
}

export interface CreatedEnrollment {
  id: string;
  leadId: string;
  status: Status;
  statusReason: StatusReason | null;
  /** Enrolled Bounced / Blocked: the lead is on the do-not-contact list. */
  blocked: boolean;
}

/**
 * Creates enrollments of leads not yet in the campaign (the caller checked, under the leads' locks):
 * their rows, due at the first step's delay, count in the campaign's counters, and the blocked ones
 * move through a stored `blocked` event, so their status still derives from their events.
 */
export async function createEnrollments(
  ctx: EngineContext,
  campaignId: string,
  leads: readonly NewEnrollment[],
): Promise<CreatedEnrollment[]> {
  if (leads.length === 0) return [];
  const firstStep = await ctx.trx
    .selectFrom('campaign_steps')
    .select('delay_hours')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('position', '=', 1)
    .executeTakeFirst();
  const rows = leads.map((lead) => newEnrollmentRow(ctx, campaignId, lead, firstStep));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await ctx.trx
      .insertInto('enrollments')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
  // Every new row holds the initial state; blocked ones then move through the engine's deltas.
  await applyCounterDeltas(
    ctx.trx,
    ctx.dialect,
    ctx.workspaceId,
    counterDeltas(campaignId, null, stateFromRow(rows[0] as EnrollmentsTable), rows.length),
  );
  const blocked = leads.flatMap((lead, i) => {
    const row = rows[i] as EnrollmentsTable;
    return lead.blockedBy
      ? [
          recordedEvent({
            enrollmentId: row.id,
            campaignId,
            leadId: row.lead_id,
            type: 'blocked',
            occurredAt: ctx.now,
            reason: lead.blockedBy,
          }),
        ]
      : [];
  });
  const outcomes = await recordEventsIn(ctx, {
    workspaceId: ctx.workspaceId,
    source: 'enrollment',
    events: blocked,
  });
  const after = new Map(outcomes.map((o) => [o.enrollment.id, o.enrollment]));
  return rows.map((row, i) => {
    const block = after.get(row.id);
    return {
      id: row.id,
      leadId: row.lead_id,
      status: block?.status ?? row.status,
      statusReason: block?.status_reason ?? row.status_reason,
      blocked: (leads[i] as NewEnrollment).blockedBy !== null,
    };
  });
}

function newEnrollmentRow(
  ctx: EngineContext,
  campaignId: string,
  lead: NewEnrollment,
  firstStep: { delay_hours: number } | undefined,
): EnrollmentsTable {
  const { now } = ctx;
  return freshEnrollmentRow({
    workspace_id: ctx.workspaceId,
    id: newId('enr', now),
    campaign_id: campaignId,
    lead_id: lead.leadId,
    lead_email: lead.leadEmail,
    next_due_at: firstStep ? now + firstStep.delay_hours * 3_600_000 : null,
    now,
  });
}
