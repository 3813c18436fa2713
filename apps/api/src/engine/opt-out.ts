import { type UnsubscribedReason, unsubscribedReasonOf } from '@leadstatus/core';
import { normalizeEmail } from '../platform/email/email.js';
import type { AppliedEvent } from './apply-events.js';
import type { EngineContext } from './context.js';
import { addDncEntry } from './dnc-entries.js';
import { lockLeads } from './lead-locks.js';
import type { RecordedEvent } from './recorded-event.js';
import { recordedEvent } from './recorded-event.js';

type Apply = (ctx: EngineContext, events: readonly RecordedEvent[]) => Promise<AppliedEvent[]>;

function optOutReason(event: RecordedEvent): UnsubscribedReason | null {
  if (event.type === 'complained') return 'complaint';
  return event.type === 'unsubscribed' ? unsubscribedReasonOf(event.reason) : null;
}

/**
 * Locks the leads these events opt out, before the engine locks any enrollment (lead-locks.ts): an
 * enrollment of the lead made concurrently is then either committed and seen by the fan-out, or made
 * after this transaction and blocked by the DNC entry it adds.
 */
export async function lockOptingOutLeads(
  ctx: EngineContext,
  events: readonly RecordedEvent[],
): Promise<void> {
  const leadIds = events.filter((e) => !e.propagated && optOutReason(e) !== null).map((e) => e.leadId);
  await lockLeads(ctx.trx, ctx.dialect, ctx.workspaceId, leadIds);
}

/**
 * Opting out reaches across campaigns (DESIGN.md): the lead's e-mail joins the DNC list and every
 * other enrollment of the lead gets an `unsubscribed` event with the same reason, in the caller's
 * transaction. The fanned-out events are marked `propagated` so they do not fan out again.
 */
export async function propagateOptOuts(
  ctx: EngineContext,
  events: readonly RecordedEvent[],
  apply: Apply,
): Promise<void> {
  const firstByLead = new Map<string, { event: RecordedEvent; reason: UnsubscribedReason }>();
  for (const event of events) {
    if (event.propagated) continue;
    const reason = optOutReason(event);
    if (reason && !firstByLead.has(event.leadId)) firstByLead.set(event.leadId, { event, reason });
  }
  if (firstByLead.size === 0) return;

  const leadIds = [...firstByLead.keys()];
  const leads = await ctx.trx
    .selectFrom('leads')
    .select(['id', 'email_normalized'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', leadIds)
    .execute();
  for (const lead of leads) {
    const source = firstByLead.get(lead.id)?.reason === 'complaint' ? 'complaint' : 'unsubscribed';
    await addDncEntry(ctx.trx, ctx.dialect, ctx.workspaceId, {
      kind: 'email',
      // Normalised again: a lead stored before today's rules still lists its address in today's form.
      value: normalizeEmail(lead.email_normalized),
      source,
      now: ctx.now,
    });
  }

  // An enrollment that received its own opt-out in this batch needs no copy of it.
  const optedOut = new Set(events.filter((e) => optOutReason(e) !== null).map((e) => e.enrollmentId));
  const others = await ctx.trx
    .selectFrom('enrollments')
    .select(['id', 'campaign_id', 'lead_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('lead_id', 'in', leadIds)
    .where('status', '!=', 'unsubscribed')
    .execute();
  const fanOut = others
    .filter((e) => !optedOut.has(e.id))
    .map((e) => {
      const origin = firstByLead.get(e.lead_id) as { event: RecordedEvent; reason: UnsubscribedReason };
      return recordedEvent({
        enrollmentId: e.id,
        campaignId: e.campaign_id,
        leadId: e.lead_id,
        type: 'unsubscribed',
        occurredAt: origin.event.occurredAt,
        reason: origin.reason,
        propagated: true,
        metadata: { propagated_from: origin.event.enrollmentId },
      });
    });
  await apply(ctx, fanOut);
}
