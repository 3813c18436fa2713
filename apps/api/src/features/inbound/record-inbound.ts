import { classifyInteraction } from '@leadstatus/core';
import { recordEvents } from '../../engine/record-events.js';
import type { RecordedEvent } from '../../engine/recorded-event.js';
import { normalizedOrNull, normalizeEmail } from '../../platform/email/email.js';
import type { Services } from '../../platform/services/services.js';
import { eventTimeProblem } from '../events/public.js';
import type { TrackingRuntime } from '../tracking/public.js';
import {
  clipUserAgent,
  findLatestMessageTo,
  findMessage,
  messageEvent,
  type TrackedMessage,
  verifyToken,
} from '../tracking/public.js';
import type { InboundEvent, ParsedWebhook, ProviderName } from './providers/inbound-event.js';

export interface InboundSummary {
  received: number;
  applied: number;
  duplicate: number;
  unmatched: number;
  ignored: number;
}

/** ESP clocks and ours differ a little: a message "sent" up to this much after the event still matches. */
const CLOCK_SKEW_MS = 15 * 60 * 1000;

/**
 * The message an ESP event is about: the one its `leadstatus_message` names (a token of this
 * workspace only), or else the latest message sent to its recipient before it happened. The
 * recipient must be the message's lead, so an event never lands on another lead's enrollment.
 */
async function matchMessage(
  services: Services,
  workspaceId: string,
  event: InboundEvent,
): Promise<TrackedMessage | undefined> {
  let message: TrackedMessage | undefined;
  // The recipient in the form leads are stored in; a value that is no address names nobody.
  const recipient = normalizedOrNull(event.email);
  if (event.messageRef) {
    const payload = await verifyToken(services.db, event.messageRef);
    if (payload && payload.kind === 'm' && payload.workspaceId === workspaceId) {
      message = await findMessage(services.db, workspaceId, payload.messageId);
    }
    if (!message) return undefined;
  } else if (recipient) {
    message = await findLatestMessageTo(
      services.db,
      workspaceId,
      recipient,
      event.occurredAt + CLOCK_SKEW_MS,
    );
  }
  if (message && event.email && recipient !== normalizeEmail(message.leadEmail)) return undefined;
  return message;
}

function inboundEvent(
  provider: ProviderName,
  event: InboundEvent,
  message: TrackedMessage,
  runtime: TrackingRuntime,
): RecordedEvent {
  const machineKind = event.type === 'opened' ? 'open' : event.type === 'clicked' ? 'click' : null;
  const verdict = machineKind
    ? classifyInteraction(
        {
          kind: machineKind,
          occurredAt: event.occurredAt,
          ...(event.userAgent !== undefined ? { userAgent: event.userAgent } : {}),
          sentAt: message.sentAt,
          ...(event.providerMachine !== undefined ? { providerMachine: event.providerMachine } : {}),
        },
        runtime.machineRules,
      )
    : null;
  return messageEvent(message, {
    type: event.type,
    occurredAt: event.occurredAt,
    externalId: `${provider}:${event.providerEventId}`,
    bounceType: event.type === 'bounced' ? (event.bounceType ?? 'hard') : null,
    autoReply: event.autoReply ?? false,
    reason: event.type === 'unsubscribed' ? 'link' : null,
    machine: verdict?.machine ?? false,
    userAgent: event.userAgent ? clipUserAgent(event.userAgent) : null,
    metadata: {
      source: provider,
      provider_event: event.providerType,
      message_id: message.id,
      ...(event.url ? { url: event.url.slice(0, 2048) } : {}),
      ...(verdict?.machine ? { machine_reasons: verdict.reasons } : {}),
      ...(verdict?.agent ? { machine_agent: verdict.agent.name } : {}),
    },
  });
}

/**
 * Records a verified webhook's events through the event engine, deduplicated by the provider's
 * event id (external id `<provider>:<event id>`): a replayed webhook is all duplicates. Events that
 * name no message or lead of this workspace are counted as unmatched and otherwise ignored (an ESP
 * would only retry them forever).
 */
export async function recordInbound(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  provider: ProviderName,
  parsed: ParsedWebhook,
): Promise<InboundSummary> {
  const summary: InboundSummary = {
    received: parsed.events.length + parsed.ignored,
    applied: 0,
    duplicate: 0,
    unmatched: 0,
    ignored: parsed.ignored,
  };
  const events: RecordedEvent[] = [];
  const now = services.clock.now();
  for (const event of parsed.events) {
    // A time outside the accepted range is the provider's problem, not a reason to answer an error
    // it would retry forever: the event is counted as ignored, like an event type we do not use.
    const timeProblem = eventTimeProblem(event.occurredAt, now);
    if (timeProblem) {
      summary.ignored += 1;
      services.logger.warn(
        { provider, workspaceId, occurredAt: event.occurredAt },
        `inbound event ignored: ${timeProblem}`,
      );
      continue;
    }
    const message = await matchMessage(services, workspaceId, event);
    if (message) events.push(inboundEvent(provider, event, message, runtime));
    else summary.unmatched += 1;
  }
  for (const outcome of await recordEvents(services, { workspaceId, source: 'inbound', events })) {
    if (outcome.result === 'applied') summary.applied += 1;
    else summary.duplicate += 1;
  }
  return summary;
}
