import { toEpochMs } from '@leadstatus/core';
import { recordEvents } from '../../engine/record-events.js';
import {
  type EnrollmentStatus,
  type RecordedEvent,
  type RecordOutcome,
  recordedEvent,
} from '../../engine/recorded-event.js';
import { normalizeEmail } from '../../platform/email/email.js';
import type { FieldProblem } from '../../platform/http/problem.js';
import { fieldProblems } from '../../platform/http/zod-problems.js';
import type { Services } from '../../platform/services/services.js';
import { eventTimeProblem } from './event-time.js';
import { type EventInput, EventInputSchema } from './schemas.js';

/** Ids per `IN (...)` list: a whole batch of 1000 events in one query. */
const CHUNK = 1000;

export type IngestResult =
  | { index: number; result: 'applied' | 'duplicate'; eventId: string; enrollment: EnrollmentStatus }
  | { index: number; result: 'invalid'; errors: FieldProblem[] }
  | { index: number; result: 'not_found'; detail: string };

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
    const problem = eventTimeProblem(occurredAt, now);
    if (problem) {
      invalid.push({ index, result: 'invalid', errors: [{ path: 'occurred_at', message: problem }] });
      return;
    }
    valid.push({ index, input: parsed.data, occurredAt });
  });
  return { valid, invalid };
}

/** Finds each event's lead (by id or e-mail) and enrollment in the named campaign. */
async function resolve(services: Services, workspaceId: string, items: Resolvable[]) {
  const { db } = services;
  const emails = [...new Set(items.flatMap((i) => (i.input.email ? [normalizeEmail(i.input.email)] : [])))];
  const byEmail = new Map<string, string>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'email_normalized'])
      .where('workspace_id', '=', workspaceId)
      .where('email_normalized', 'in', emails.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) byEmail.set(r.email_normalized, r.id);
  }
  const leadIdOf = (item: Resolvable) =>
    item.input.lead_id ?? byEmail.get(normalizeEmail(item.input.email ?? ''));
  const leadsByCampaign = new Map<string, Set<string>>();
  for (const item of items) {
    const leadId = leadIdOf(item);
    if (!leadId) continue;
    const leads = leadsByCampaign.get(item.input.campaign_id) ?? new Set<string>();
    leads.add(leadId);
    leadsByCampaign.set(item.input.campaign_id, leads);
  }
  const enrollments = await findEnrollmentIds(services, workspaceId, leadsByCampaign);

  const resolved: Array<Resolvable & { leadId: string; enrollmentId: string }> = [];
  const notFound: IngestResult[] = [];
  for (const item of items) {
    const leadId = leadIdOf(item);
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

/** Branches per UNION ALL: well under SQLite's limit of 500 terms in a compound SELECT. */
const MAX_BRANCHES = 100;

/**
 * Enrollment ids by `"<campaign> <lead>"`, looked up exactly by the (workspace, campaign, lead) unique
 * index: one SELECT per campaign, joined by UNION ALL, at most CHUNK leads a statement. (A single
 * `campaign_id IN (…) AND lead_id IN (…)` would probe every combination of the two lists.)
 */
async function findEnrollmentIds(
  services: Services,
  workspaceId: string,
  leadsByCampaign: Map<string, Set<string>>,
): Promise<Map<string, string>> {
  type Branch = { campaignId: string; leadIds: string[] };
  // Pack (campaign, leads) branches into statements of at most CHUNK leads and MAX_BRANCHES branches.
  const statements: Branch[][] = [];
  let current: Branch[] = [];
  let size = 0;
  for (const [campaignId, leads] of leadsByCampaign) {
    const leadIds = [...leads];
    for (let i = 0; i < leadIds.length; i += CHUNK) {
      const branch = { campaignId, leadIds: leadIds.slice(i, i + CHUNK) };
      if (current.length === MAX_BRANCHES || size + branch.leadIds.length > CHUNK) {
        statements.push(current);
        current = [];
        size = 0;
      }
      current.push(branch);
      size += branch.leadIds.length;
    }
  }
  if (current.length > 0) statements.push(current);

  const select = (branch: Branch) =>
    services.db
      .selectFrom('enrollments')
      .select(['id', 'campaign_id', 'lead_id'])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', branch.campaignId)
      .where('lead_id', 'in', branch.leadIds);
  const found = new Map<string, string>();
  for (const [first, ...rest] of statements) {
    if (!first) continue;
    const query = rest.reduce((union, branch) => union.unionAll(select(branch)), select(first));
    for (const r of await query.execute()) found.set(`${r.campaign_id} ${r.lead_id}`, r.id);
  }
  return found;
}

function toRecorded(item: Resolvable & { leadId: string; enrollmentId: string }): RecordedEvent {
  const { input } = item;
  return recordedEvent({
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
    metadata: input.metadata ?? {},
  });
}

/**
 * HTTP ingest: validates each item, resolves its lead and enrollment, then records the valid ones
 * through the engine in one transaction (duplicates of a known event id are acknowledged, not applied).
 */
export async function ingestEvents(
  services: Services,
  workspaceId: string,
  items: readonly unknown[],
): Promise<IngestResult[]> {
  const { valid, invalid } = validate(items, services.clock.now());
  const { resolved, notFound } = await resolve(services, workspaceId, valid);
  const outcomes = await recordEvents(services, {
    workspaceId,
    source: 'http',
    events: resolved.map(toRecorded),
  });
  const recorded: IngestResult[] = resolved.map((item, i) => ({
    index: item.index,
    ...(outcomes[i] as RecordOutcome),
  }));
  return [...recorded, ...invalid, ...notFound].sort((a, b) => a.index - b.index);
}
