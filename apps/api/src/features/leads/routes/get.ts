import { createRoute } from '@hono/zod-openapi';
import { INBOUND_KINDS, type InboundKind } from '@leadstatus/mail';
import { enrollmentInScope } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { toIso } from '../../../platform/time.js';
import { labelInfos, labelJson } from '../../lists/public.js';
import { leadToJson } from '../lead.js';
import {
  findLeadEnrollments,
  findLeadTimeline,
  TIMELINE_LIMIT,
  type TimelineEntry,
} from '../lead-details.repository.js';
import { findLead } from '../leads.repository.js';
import { isLeadIdShape, LeadDetailsSchema, LeadIdParamsSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/leads/{id}',
  tags: ['Leads'],
  summary: 'A lead with its enrollments and timeline',
  description:
    'The lead, each campaign it is enrolled in (status, counters), and its timeline: events and ' +
    `status changes of every enrollment, oldest first (the most recent ${TIMELINE_LIMIT}).`,
  request: { params: LeadIdParamsSchema },
  responses: {
    200: { description: 'The lead.', content: { 'application/json': { schema: LeadDetailsSchema } } },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

const isInboundKind = (value: unknown): value is InboundKind =>
  (INBOUND_KINDS as readonly unknown[]).includes(value);

/** The mail an event was read from, as its metadata names it (read-inbound.ts writes it). */
function mailOf(metadata: string) {
  // Most events carry no mail: skip the parse unless the metadata names one.
  if (!metadata.includes('inbound_message_id')) return null;
  try {
    const parsed: unknown = JSON.parse(metadata);
    const mail = (parsed as { mail?: unknown }).mail;
    const fields = mail as { inbound_message_id?: unknown; kind?: unknown; snippet?: unknown } | undefined;
    if (
      typeof fields?.inbound_message_id === 'string' &&
      isInboundKind(fields.kind) &&
      typeof fields.snippet === 'string'
    ) {
      return { inbound_message_id: fields.inbound_message_id, kind: fields.kind, snippet: fields.snippet };
    }
  } catch {
    // Metadata is the sender's JSON: a shape we did not write shows no mail.
  }
  return null;
}

function timelineItem(entry: TimelineEntry) {
  if (entry.kind === 'status_change') {
    const change = entry.row;
    return {
      kind: 'status_change' as const,
      id: change.id,
      campaign_id: change.campaign_id,
      enrollment_id: change.enrollment_id,
      from: change.from_status,
      to: change.to_status,
      reason: change.reason,
      at: toIso(change.changed_at),
    };
  }
  const event = entry.row;
  return {
    kind: 'event' as const,
    id: event.id,
    campaign_id: event.campaign_id,
    enrollment_id: event.enrollment_id,
    type: event.type,
    occurred_at: toIso(event.occurred_at),
    step: event.step,
    bounce_type: event.bounce_type,
    auto_reply: event.auto_reply === 1,
    machine: event.machine === 1,
    reason: event.reason,
    paused_until: event.paused_until === null ? null : toIso(event.paused_until),
    mail: mailOf(event.metadata),
  };
}

export const getLead = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const { id } = c.req.valid('param');
  const lead = isLeadIdShape(id) ? await findLead(db, workspaceId, id) : undefined;
  if (!lead) throw problems.notFound('No lead with this id in your workspace.');

  // An embed token sees the lead only through the enrollments it may read.
  const enrollments = (await findLeadEnrollments(db, workspaceId, id)).filter((e) =>
    enrollmentInScope(caller, e),
  );
  if ((caller.embed?.campaignIds || caller.embed?.statuses) && enrollments.length === 0)
    throw problems.notFound('No lead with this id in your workspace.');
  const timeline = await findLeadTimeline(
    db,
    workspaceId,
    id,
    enrollments.map((e) => e.id),
  );
  const labels = await labelInfos(
    db,
    workspaceId,
    enrollments.map((e) => e.label),
  );
  const body = {
    ...leadToJson(lead),
    enrollments: enrollments.map((e) => ({
      enrollment_id: e.id,
      campaign: { id: e.campaign_id, name: e.campaign_name },
      status: e.status,
      status_reason: e.status_reason,
      paused_until: e.paused_until === null ? null : toIso(e.paused_until),
      label: labelJson(e.label, labels),
      label_changed_at: e.label_changed_at === null ? null : toIso(e.label_changed_at),
      status_changed_at: toIso(e.status_changed_at),
      last_event_at: e.last_event_at === 0 ? null : toIso(e.last_event_at),
      paused: e.paused === 1,
      current_step: e.current_step,
      counters: {
        sent: e.sent_count,
        opened: e.opened_count,
        clicked: e.clicked_count,
        replied: e.replied_count,
      },
    })),
    timeline: timeline.map(timelineItem),
  };
  return c.json(LeadDetailsSchema.parse(body), 200);
});
