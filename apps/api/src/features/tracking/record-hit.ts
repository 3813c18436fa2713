import { classifyInteraction, type UnsubscribedReason } from '@leadstatus/core';
import { recordEvents } from '../../engine/record-events.js';
import type { RecordOutcome } from '../../engine/recorded-event.js';
import type { Services } from '../../platform/services/services.js';
import { messageEvent } from './message-event.js';
import { HONEYPOT_LINK, type TokenKind, type TokenPayload, verifyToken } from './tokens.js';
import { findMessage, insertClick, type TrackedMessage } from './tracking.repository.js';
import type { TrackingRuntime } from './tracking-runtime.js';

const MAX_USER_AGENT = 1000;

export function clipUserAgent(userAgent: string | undefined | null): string | null {
  if (userAgent === undefined || userAgent === null) return null;
  return userAgent.slice(0, MAX_USER_AGENT);
}

/** The token's payload and its message, when the token is one of `kind` signed for a stored message. */
export async function resolveToken(
  services: Services,
  token: string,
  kind: TokenKind,
): Promise<{ payload: TokenPayload; message: TrackedMessage } | null> {
  const payload = await verifyToken(services.db, token);
  if (!payload || payload.kind !== kind) return null;
  const message = await findMessage(services.db, payload.workspaceId, payload.messageId);
  return message ? { payload, message } : null;
}

export interface Hit {
  userAgent: string | null;
  method: string;
}

/** Records an `opened` event, machine-made or not (the pixel answers the same either way). */
export async function recordOpen(
  services: Services,
  runtime: TrackingRuntime,
  token: string,
  hit: Hit,
): Promise<RecordOutcome | null> {
  const resolved = await resolveToken(services, token, 'o');
  if (!resolved) return null;
  const { payload, message } = resolved;
  const verdict = classifyInteraction(
    {
      kind: 'open',
      occurredAt: services.clock.now(),
      userAgent: hit.userAgent,
      method: hit.method,
      sentAt: message.sentAt,
    },
    runtime.machineRules,
  );
  const [result] = await recordEvents(services, {
    workspaceId: payload.workspaceId,
    source: 'tracking',
    events: [
      messageEvent(message, {
        type: 'opened',
        occurredAt: services.clock.now(),
        machine: verdict.machine,
        userAgent: clipUserAgent(hit.userAgent),
        metadata: {
          source: 'pixel',
          message_id: message.id,
          ...(verdict.machine ? { machine_reasons: verdict.reasons } : {}),
          ...(verdict.agent ? { machine_agent: verdict.agent.name } : {}),
        },
      }),
    ],
  });
  return result ?? null;
}

export type ClickTarget = { kind: 'link'; url: string } | { kind: 'honeypot' };

/**
 * Keeps a click for its verdict (settle-clicks.ts records it once the clicks around it are known) and
 * answers where it goes: the exact URL signed for that link, or the honeypot's blank page. Null for a
 * token that is not a click of a stored message, or a link index the message does not have.
 */
export async function recordClick(
  services: Services,
  runtime: TrackingRuntime,
  token: string,
  hit: Hit,
): Promise<ClickTarget | null> {
  const resolved = await resolveToken(services, token, 'c');
  if (!resolved) return null;
  const { payload, message } = resolved;
  const honeypot = payload.link === HONEYPOT_LINK;
  const url = payload.link === null || honeypot ? undefined : message.links[payload.link];
  if (!honeypot && url === undefined) return null;
  const now = services.clock.now();
  await insertClick(
    services.writer,
    payload.workspaceId,
    {
      messageId: message.id,
      enrollmentId: message.enrollmentId,
      linkIndex: honeypot ? -1 : (payload.link as number),
      occurredAt: now,
      userAgent: clipUserAgent(hit.userAgent),
      method: hit.method,
    },
    now,
  );
  runtime.scheduleClickSettle(services, payload.workspaceId);
  return honeypot ? { kind: 'honeypot' } : { kind: 'link', url: url as string };
}

/** Records the lead's unsubscribe (once per message: a second POST is a duplicate). */
export async function recordUnsubscribe(
  services: Services,
  token: string,
  reason: Extract<UnsubscribedReason, 'link' | 'one_click'>,
  userAgent: string | null,
): Promise<{ result: RecordOutcome; message: TrackedMessage } | null> {
  const resolved = await resolveToken(services, token, 'u');
  if (!resolved) return null;
  const { payload, message } = resolved;
  const [result] = await recordEvents(services, {
    workspaceId: payload.workspaceId,
    source: 'tracking',
    events: [
      messageEvent(message, {
        type: 'unsubscribed',
        occurredAt: services.clock.now(),
        reason,
        externalId: `unsub:${message.id}`,
        userAgent: clipUserAgent(userAgent),
        metadata: {
          source: reason === 'one_click' ? 'list_unsubscribe_post' : 'unsubscribe_page',
          message_id: message.id,
        },
      }),
    ],
  });
  return result ? { result, message } : null;
}
