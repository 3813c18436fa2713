import { STATUS_INFO, type Status, type StatusReason, stopsSending, toEpochMs } from '@leadstatus/core';
import { findEventsByExternalIds } from '../../engine/events.repository.js';
import { recordEvents } from '../../engine/record-events.js';
import { type EnrollmentStatus, recordedEvent } from '../../engine/recorded-event.js';
import { normalizeEmail } from '../../platform/email/email.js';
import { problems } from '../../platform/http/problem.js';
import type { Services } from '../../platform/services/services.js';
import { eventTimeProblem } from '../events/public.js';
import type { MessageInput } from './schemas.js';
import { HONEYPOT_LINK, tokenSigner } from './tokens.js';
import { findMessage, insertMessage, type TrackedMessage } from './tracking.repository.js';
import type { TrackingRuntime } from './tracking-runtime.js';

export interface MessageAssets {
  message_id: string;
  event_id: string;
  rfc822_message_id: string;
  duplicate: boolean;
  enrollment: EnrollmentStatus;
  open_pixel_url: string;
  click_urls: Record<string, string>;
  honeypot_url: string;
  unsubscribe_url: string;
  headers: {
    'List-Unsubscribe': string;
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click';
    'X-LeadStatus-Message': string;
    'Message-ID': string;
  };
}

interface Enrollment {
  id: string;
  leadId: string;
  leadEmail: string;
  status: Status;
  statusReason: StatusReason | null;
}

async function findEnrollment(services: Services, workspaceId: string, input: MessageInput) {
  const { db } = services;
  let leadId = input.lead_id;
  if (leadId === undefined) {
    const lead = await db
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('email_normalized', '=', normalizeEmail(input.email ?? ''))
      .executeTakeFirst();
    leadId = lead?.id;
  }
  const row =
    leadId === undefined
      ? undefined
      : await db
          .selectFrom('enrollments')
          .select(['id', 'lead_id', 'lead_email', 'status', 'status_reason'])
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', input.campaign_id)
          .where('lead_id', '=', leadId)
          .executeTakeFirst();
  if (!row) {
    throw problems.notFound(
      `Lead ${input.lead_id ?? input.email} is not enrolled in campaign ${input.campaign_id}.`,
    );
  }
  const enrollment: Enrollment = {
    id: row.id,
    leadId: row.lead_id,
    leadEmail: row.lead_email,
    status: row.status,
    statusReason: row.status_reason,
  };
  return enrollment;
}

async function requireStep(services: Services, workspaceId: string, campaignId: string, step: number) {
  const steps = await services.db
    .selectFrom('campaign_steps')
    .select('position')
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .execute();
  if (!steps.some((s) => s.position === step)) {
    throw problems.validation(`body.step: campaign ${campaignId} has ${steps.length} step(s).`, [
      { path: 'body.step', message: `Must be a step of the campaign (1 to ${steps.length})` },
    ]);
  }
}

/** The redirect target of a link: the URL as the WHATWG parser writes it (ASCII, safe in a Location header). */
function redirectTarget(link: string): string {
  return new URL(link).href;
}

/**
 * Records the `sent` event of a message through the event engine and answers its tracking assets.
 * A lead whose sending has stopped (replied, bounced, unsubscribed, completed, paused) is a 409:
 * nothing is recorded and the message must not go out. A message `id` seen before answers the
 * first message's assets again (`duplicate`), whatever happened since.
 */
export async function recordMessage(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  input: MessageInput,
): Promise<MessageAssets> {
  const { db } = services;
  const enrollment = await findEnrollment(services, workspaceId, input);
  const seen = input.id
    ? (await findEventsByExternalIds(db, workspaceId, [input.id])).get(input.id)
    : undefined;
  if (seen && seen.enrollmentId !== enrollment.id) {
    throw problems.conflict(`The id ${input.id} was already used for another lead or campaign.`);
  }
  if (!seen) {
    await requireStep(services, workspaceId, input.campaign_id, input.step);
    if (stopsSending(enrollment.status)) {
      throw problems.conflict(
        `Sending has stopped for this lead in this campaign: it is ${STATUS_INFO[enrollment.status].label}. Do not send this message.`,
      );
    }
  }

  const now = services.clock.now();
  const occurredAt = input.occurred_at === undefined ? now : toEpochMs(input.occurred_at);
  const timeProblem = eventTimeProblem(occurredAt, now);
  if (timeProblem) {
    throw problems.validation(`body.occurred_at: ${timeProblem}`, [
      { path: 'body.occurred_at', message: timeProblem },
    ]);
  }
  const [result] = await recordEvents(services, {
    workspaceId,
    source: 'tracking',
    events: [
      recordedEvent({
        enrollmentId: enrollment.id,
        campaignId: input.campaign_id,
        leadId: enrollment.leadId,
        type: 'sent',
        occurredAt,
        step: input.step,
        externalId: input.id ?? null,
        metadata: { source: 'messages', links: input.links?.length ?? 0 },
      }),
    ],
  });
  if (!result) throw problems.notFound('The lead is no longer enrolled.');

  let message = await findMessage(db, workspaceId, result.eventId);
  if (!message) {
    const event = await db
      .selectFrom('events')
      .select(['occurred_at', 'type', 'step'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', result.eventId)
      .executeTakeFirstOrThrow();
    if (event.type !== 'sent') {
      throw problems.conflict(`The id ${input.id} was already used for a ${event.type} event.`);
    }
    const fresh: TrackedMessage = {
      id: result.eventId,
      enrollmentId: enrollment.id,
      campaignId: input.campaign_id,
      leadId: enrollment.leadId,
      leadEmail: enrollment.leadEmail,
      step: event.step ?? input.step,
      sentAt: event.occurred_at,
      links: (input.links ?? []).map(redirectTarget),
      rfc822MessageId:
        input.rfc822_message_id ??
        madeMessageId(await messageToken(services, workspaceId, result.eventId), runtime.publicBaseUrl),
    };
    // Another request may have stored the same message first: its links are the ones signed.
    message = await insertMessage(services.writer, workspaceId, fresh, now);
  }
  return assetsOf(
    services,
    runtime,
    workspaceId,
    message,
    input,
    result.result === 'duplicate',
    result.enrollment,
  );
}

/**
 * A `Message-ID` for a sender that gave none: the message's opaque token (as in X-LeadStatus-Message,
 * so no raw id shows) at the service's public host. Stored with the message, so replies find it.
 */
function madeMessageId(token: string, publicBaseUrl: string): string {
  return `<${token}@${new URL(publicBaseUrl).hostname}>`;
}

async function messageToken(services: Services, workspaceId: string, eventId: string): Promise<string> {
  return (await tokenSigner(services, workspaceId, services.clock.now())).sign('m', eventId);
}

async function assetsOf(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  message: TrackedMessage,
  input: MessageInput,
  duplicate: boolean,
  enrollment: EnrollmentStatus,
): Promise<MessageAssets> {
  const signer = await tokenSigner(services, workspaceId, services.clock.now());
  const base = runtime.publicBaseUrl;
  const clickUrls: Record<string, string> = {};
  for (const link of input.links ?? []) {
    const index = message.links.indexOf(redirectTarget(link));
    // A link not among the first report's links (a retry with other links) is left untracked.
    if (index >= 0 && clickUrls[link] === undefined)
      clickUrls[link] = `${base}/t/c/${signer.sign('c', message.id, index)}`;
  }
  const unsubscribeUrl = `${base}/u/${signer.sign('u', message.id)}`;
  const messageId = signer.sign('m', message.id);
  const mailto = input.unsubscribe_mailto
    ? `, <mailto:${encodeURI(input.unsubscribe_mailto)}?subject=unsubscribe>`
    : '';
  // A message stored before Message-IDs were kept answers the one it would have been given.
  const rfc822MessageId = message.rfc822MessageId ?? madeMessageId(messageId, base);
  return {
    message_id: messageId,
    event_id: message.id,
    rfc822_message_id: rfc822MessageId,
    duplicate,
    enrollment,
    open_pixel_url: `${base}/t/o/${signer.sign('o', message.id)}`,
    click_urls: clickUrls,
    honeypot_url: `${base}/t/c/${signer.sign('c', message.id, HONEYPOT_LINK)}`,
    unsubscribe_url: unsubscribeUrl,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>${mailto}`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-LeadStatus-Message': messageId,
      'Message-ID': rfc822MessageId,
    },
  };
}
