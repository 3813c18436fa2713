import { createHash } from 'node:crypto';
import type { BounceType } from '@leadstatus/core';

export const PROVIDERS = ['ses', 'sendgrid', 'mailgun', 'postmark'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export function isProvider(value: string): value is ProviderName {
  return (PROVIDERS as readonly string[]).includes(value);
}

/** The event types an ESP reports that change or inform a status (deliveries and the like are ignored). */
export type InboundEventType =
  | 'opened'
  | 'clicked'
  | 'bounced'
  | 'rejected'
  | 'complained'
  | 'unsubscribed'
  | 'replied';

/** One provider event, in our terms, before it is matched to a message. */
export interface InboundEvent {
  /** The provider's id of the event (or one derived from its content): the idempotency key. */
  providerEventId: string;
  /** The provider's own name for it (`bounce`, `HardBounce`, …), kept in metadata. */
  providerType: string;
  type: InboundEventType;
  /** The recipient, as the provider names it. */
  email: string | null;
  occurredAt: number;
  /** Our `message_id` (from `POST /v1/messages`), when the provider passed it back. */
  messageRef: string | null;
  bounceType?: BounceType;
  autoReply?: boolean;
  /** The opener's or clicker's user agent; undefined when the provider does not report one. */
  userAgent?: string | null;
  url?: string;
  /** The provider says a machine did it (SendGrid's `sg_machine_open`). */
  providerMachine?: boolean;
}

export interface ParsedWebhook {
  events: InboundEvent[];
  /** Provider events that mean nothing here (deliveries, deferrals, …). */
  ignored: number;
}

/** Thrown by a parser for a body that is not what the provider documents: a 400. */
export class BadPayloadError extends Error {
  override name = 'BadPayloadError';
}

/** A stable id from an event's identifying fields, for providers that give no event id. */
export function derivedId(...parts: Array<string | number | undefined | null>): string {
  return createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u0000'))
    .digest('base64url')
    .slice(0, 32);
}

/** Epoch ms of an RFC 3339 string, Unix seconds (integer or fractional), or null. */
export function timeOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value * 1000);
  if (typeof value === 'string' && value !== '') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

export function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The custom argument / metadata / tag name that carries our message id through an ESP. */
export const MESSAGE_ARG = 'leadstatus_message';
/** The header that carries it, for ESPs that report the message's headers (SES). */
export const MESSAGE_HEADER = 'X-LeadStatus-Message';
