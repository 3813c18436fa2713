import type { StatusReason } from '@leadstatus/core';
import { toEpochMs } from '@leadstatus/core';
import { inTransaction, isUniqueViolation } from '../db/transaction.js';
import type { Services } from '../http/app-env.js';
import type { FieldProblem } from '../http/problem.js';
import { fieldProblems } from '../http/zod-problems.js';
import { normalizeEmail } from '../leads/email.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { applyEvents } from './event-engine.js';
import { findEventsByExternalIds } from './events.repository.js';
import { type PendingEvent, pendingEvent } from './pending-event.js';
import { type EventInput, EventInputSchema } from './schemas.js';

/** How far ahead of the server clock an event may claim to have happened (clock skew allowance). */
const MAX_FUTURE_MS = 15 * 60 * 1000;

export type IngestResult =
  | { index: number; result: 'applied' | 'duplicate'; eventId: string; enrollment: EnrollmentStatus }
  | { index: number; result: 'invalid'; errors: FieldProblem[] }
  | { index: number; result: 'not_found'; detail: string };

export interface EnrollmentStatus {
  id: string;
  status: string;
  status_reason: StatusReason | null;
}

interface Resolvable {
  index: number;
  input: EventInput;
  occurredAt: number;
}

/** Validates each item on its own, so one bad item never rejects the others. */
function validate(items: readonly unknown[], now: number): { valid: Resolvable[]; invalid: IngestResult[] } {
  const valid: Resolvable[] = [];
  const invalid: IngestResult[] = [];
  items.forEach((item, index) => {
    const parsed = EventInputSchema.safeParse(item);
    if (!parsed.success) {
      invalid.push({ index, result: 'invalid', errors: fieldProblems(parsed.error) });
      return;
    }
    const occurredAt = parsed.data.occurred_at === undefined ? now : toEpochMs(parsed.data.occurred_at);
    if (occurredAt > now + MAX_FUTURE_MS) {
      invalid.push({
        index,
        result: 'invalid',
        errors: [{ path: 'occurred_at', message: 'Must not be more than 15 minutes in the future' }],
      });
      return;
    }
    valid.push({ index, input: parsed.data, occurredAt });
  });
  return { valid, invalid };
}

/** Finds each event's lead (by id or e-mail) and enrollment in the named campaign. */
async function resolve(services: Services, workspaceId: string, items: Resolvable[]) {
  const { db } = services;
  const leadIds = [...new Set(items.flatMap((i) => (i.input.lead_id ? [i.input.lead_id] : [])))];
  const emails = [...new Set(items.flatMap((i) => (i.input.email ? [normalizeEmail(i.input.email)] : [])))];
  const byEmail = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'email_normalized'])
      .where('workspace_id', '=', workspaceId)
      .where('email_normalized', 'in', emails.slice(i, i + 500))
      .execute();
    for (const r of rows) byEmail.set(r.email_normalized, r.id);
  }
  const allLeadIds = [...new Set([...leadIds, ...byEmail.values()])];
  const enrollments = new Map<string, string>();
  for (let i = 0; i < allLeadIds.length; i += 500) {
    const rows = await db
      .selectFrom('enrollments')
      .select(['id', 'campaign_id', 'lead_id'])
      .where('workspace_id', '=', workspaceId)
      .where('lead_id', 'in', allLeadIds.slice(i, i + 500))
      .execute();
    for (const r of rows) enrollments.set(`${r.campaign_id} ${r.lead_id}`, r.id);
  }

  const resolved: Array<Resolvable & { leadId: string; enrollmentId: string }> = [];
  const notFound: IngestResult[] = [];
  for (const item of items) {
    const leadId = item.input.lead_id ?? byEmail.get(normalizeEmail(item.input.email ?? ''));
    const enrollmentId = leadId && enrollments.get(`${item.input.campaign_id} ${leadId}`);
    if (!leadId || !enrollmentId) {
      const lead = item.input.lead_id ?? item.input.email;
      notFound.push({
        index: item.index,
        result: 'not_found',
        detail: `Lead ${lead} is not enrolled in campaign ${item.input.campaign_id}.`,
      });
    } else {
      resolved.push({ ...item, leadId, enrollmentId });
    }
  }
  return { resolved, notFound };
}

function toPending(item: Resolvable & { leadId: string; enrollmentId: string }): PendingEvent {
  const { input } = item;
  return pendingEvent({
    enrollmentId: item.enrollmentId,
    campaignId: input.campaign_id,
    leadId: item.leadId,
    type: input.type,
    occurredAt: item.occurredAt,
    externalId: input.id ?? null,
    step: input.step ?? null,
    bounceType: input.type === 'bounced' ? (input.bounce_type ?? 'hard') : null,
    autoReply: input.auto_reply ?? false,
    machine: input.machine ?? false,
    reason: input.reason ?? null,
    userAgent: input.user_agent ?? null,
    metadata: JSON.stringify(input.metadata ?? {}),
  });
}

/**
 * Records events and applies them to their enrollments, all valid ones in one transaction.
 * An event whose id was seen before (stored, or earlier in the same batch) is a duplicate:
 * acknowledged with the original event id and the enrollment's current status, and not applied.
 */
export async function ingestEvents(
  services: Services,
  workspaceId: string,
  items: readonly unknown[],
): Promise<IngestResult[]> {
  const now = services.clock.now();
  const { valid, invalid } = validate(items, now);
  const { resolved, notFound } = await resolve(services, workspaceId, valid);
  const workspace = await findWorkspace(services.db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };

  const applied = await inTransaction(
    services.db,
    async (trx) => {
      const externalIds = [...new Set(resolved.flatMap((r) => (r.input.id ? [r.input.id] : [])))];
      const seen = await findEventsByExternalIds(trx, workspaceId, externalIds);
      const fresh: typeof resolved = [];
      const duplicates: Array<{ index: number; externalId: string }> = [];
      const firstInBatch = new Set<string>();
      for (const item of resolved) {
        const externalId = item.input.id;
        if (externalId !== undefined && (seen.has(externalId) || firstInBatch.has(externalId))) {
          duplicates.push({ index: item.index, externalId });
          continue;
        }
        if (externalId !== undefined) firstInBatch.add(externalId);
        fresh.push(item);
      }
      const outcomes = await applyEvents(
        { trx, dialect: services.dialect, workspaceId, now, options },
        fresh.map(toPending),
      );
      const eventIdByExternal = new Map(seen);
      fresh.forEach((item, i) => {
        if (item.input.id) {
          eventIdByExternal.set(item.input.id, {
            id: outcomes[i]?.eventId as string,
            enrollmentId: item.enrollmentId,
          });
        }
      });
      const dupEnrollments = [
        ...new Set(duplicates.map((d) => eventIdByExternal.get(d.externalId)?.enrollmentId)),
      ];
      const states = new Map<string, EnrollmentStatus>();
      for (const o of outcomes)
        states.set(o.enrollmentId, { id: o.enrollmentId, status: o.status, status_reason: o.statusReason });
      const missing = dupEnrollments.filter((id): id is string => id !== undefined && !states.has(id));
      if (missing.length > 0) {
        const rows = await trx
          .selectFrom('enrollments')
          .select(['id', 'status', 'status_reason'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', missing)
          .execute();
        for (const r of rows)
          states.set(r.id, { id: r.id, status: r.status, status_reason: r.status_reason });
      }
      const results: IngestResult[] = fresh.map((item, i) => ({
        index: item.index,
        result: 'applied',
        eventId: outcomes[i]?.eventId as string,
        enrollment: states.get(item.enrollmentId) as EnrollmentStatus,
      }));
      for (const d of duplicates) {
        const original = eventIdByExternal.get(d.externalId) as { id: string; enrollmentId: string };
        results.push({
          index: d.index,
          result: 'duplicate',
          eventId: original.id,
          enrollment: states.get(original.enrollmentId) as EnrollmentStatus,
        });
      }
      return results;
    },
    // Another request stored the same event id between our check and our insert: run again and it is a duplicate.
    { isRetryable: isUniqueViolation },
  );
  return [...applied, ...invalid, ...notFound].sort((a, b) => a.index - b.index);
}
