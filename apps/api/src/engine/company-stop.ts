import { PAUSABLE_STATUSES } from '@leadstatus/core';
import { isFreeMailDomain } from '@leadstatus/mail';
import type { AppliedEvent } from './apply-events.js';
import type { EngineContext } from './context.js';
import type { EnrollmentBatch } from './enrollment-batch.js';
import { type RecordedEvent, recordedEvent } from './recorded-event.js';

type Apply = (ctx: EngineContext, events: readonly RecordedEvent[]) => Promise<AppliedEvent[]>;

/** The first human reply of a batch that made its enrollment Replied. */
function firstReply(batch: EnrollmentBatch): RecordedEvent | undefined {
  if (batch.before.base === 'replied' || batch.after.base !== 'replied') return undefined;
  return batch.events.find(({ event }) => event.type === 'replied' && !event.autoReply)?.event;
}

/**
 * Stop on company reply (DESIGN.md, "Paused and its reasons"): when a lead first replies in a
 * campaign that asks for it, the campaign's other leads at the same company domain that are still in
 * the sequence are paused with reason `company_replied`, in the caller's transaction. Free-mail
 * domains are no company. The pauses change no reply, so this does not run again for them.
 */
export async function stopCompaniesOnReply(
  ctx: EngineContext,
  batches: ReadonlyMap<string, EnrollmentBatch>,
  apply: Apply,
): Promise<void> {
  const replies = [...batches.values()].flatMap((batch) => {
    const reply = firstReply(batch);
    return reply ? [reply] : [];
  });
  if (replies.length === 0) return;

  const stopping = await ctx.trx
    .selectFrom('campaigns')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', [...new Set(replies.map((r) => r.campaignId))])
    .where('stop_on_company_reply', '=', 1)
    .execute();
  const campaigns = new Set(stopping.map((c) => c.id));
  const asked = replies.filter((r) => campaigns.has(r.campaignId));
  if (asked.length === 0) return;

  const leads = await ctx.trx
    .selectFrom('leads')
    .select(['id', 'email_domain'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', [...new Set(asked.map((r) => r.leadId))])
    .execute();
  const domainOf = new Map(leads.map((l) => [l.id, l.email_domain]));

  const pauses = new Map<string, RecordedEvent>();
  for (const reply of asked) {
    const domain = domainOf.get(reply.leadId);
    if (!domain || isFreeMailDomain(domain)) continue;
    const colleagues = await ctx.trx
      .selectFrom('leads as l')
      .innerJoin('enrollments as e', (join) =>
        join.onRef('e.workspace_id', '=', 'l.workspace_id').onRef('e.lead_id', '=', 'l.id'),
      )
      .select(['e.id', 'e.lead_id'])
      .where('l.workspace_id', '=', ctx.workspaceId)
      .where('l.email_domain', '=', domain)
      .where('l.id', '!=', reply.leadId)
      .where('e.campaign_id', '=', reply.campaignId)
      .where('e.status', 'in', PAUSABLE_STATUSES)
      .execute();
    for (const colleague of colleagues) {
      if (pauses.has(colleague.id) || batches.has(colleague.id)) continue;
      pauses.set(
        colleague.id,
        recordedEvent({
          enrollmentId: colleague.id,
          campaignId: reply.campaignId,
          leadId: colleague.lead_id,
          type: 'paused',
          reason: 'company_replied',
          occurredAt: reply.occurredAt,
          metadata: { company_replied: { lead_id: reply.leadId, enrollment_id: reply.enrollmentId } },
        }),
      );
    }
  }
  await apply(ctx, [...pauses.values()]);
}
