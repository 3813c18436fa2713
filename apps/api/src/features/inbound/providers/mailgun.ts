import { createHmac, timingSafeEqual } from 'node:crypto';
import { unixSecondsToMs } from './freshness.js';
import {
  BadPayloadError,
  type InboundEvent,
  isRecord,
  MESSAGE_ARG,
  type ParsedWebhook,
  stringOf,
  timeOf,
} from './inbound-event.js';

export interface MailgunConfig {
  /** The HTTP webhook signing key (Mailgun: Sending -> Webhooks). */
  signing_key: string;
}

function bodyOf(rawBody: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BadPayloadError('The body is not JSON.');
  }
  if (!isRecord(body)) throw new BadPayloadError('Mailgun posts a JSON object.');
  return body;
}

/** A verified Mailgun signature: when Mailgun signed it and its one-time token. */
export interface MailgunSignature {
  signedAt: number;
  token: string;
}

/** The three fields Mailgun signs with: in a webhook's `signature` object, or a route's form fields. */
export interface MailgunSignatureFields {
  timestamp: unknown;
  token: unknown;
  signature: unknown;
}

/**
 * Mailgun's signature: hex HMAC-SHA256 of `timestamp + token` with the webhook signing key. It
 * covers no body, so the caller must also check the time is fresh and the token new.
 */
export function verifyMailgunFields(
  fields: MailgunSignatureFields,
  config: MailgunConfig,
): MailgunSignature | null {
  const timestamp =
    stringOf(fields.timestamp) ?? (typeof fields.timestamp === 'number' ? String(fields.timestamp) : null);
  const token = stringOf(fields.token);
  const given = stringOf(fields.signature);
  if (!timestamp || !token || !given || !/^[0-9a-f]{64}$/i.test(given)) return null;
  const expected = createHmac('sha256', config.signing_key)
    .update(timestamp + token)
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return null;
  return { signedAt: unixSecondsToMs(timestamp), token };
}

/** The signature of a webhook (event) body: its `signature` object, checked as above. */
export function verifyMailgun(rawBody: string, config: MailgunConfig): MailgunSignature | null {
  let body: Record<string, unknown>;
  try {
    body = bodyOf(rawBody);
  } catch {
    return null;
  }
  const signature = isRecord(body.signature) ? body.signature : {};
  return verifyMailgunFields(
    { timestamp: signature.timestamp, token: signature.token, signature: signature.signature },
    config,
  );
}

function mapEvent(
  data: Record<string, unknown>,
): Omit<InboundEvent, 'providerEventId' | 'email' | 'occurredAt' | 'messageRef' | 'providerType'> | null {
  const clientInfo = isRecord(data['client-info']) ? data['client-info'] : {};
  switch (data.event) {
    case 'opened':
      return { type: 'opened', userAgent: stringOf(clientInfo['user-agent']) };
    case 'clicked':
      return {
        type: 'clicked',
        userAgent: stringOf(clientInfo['user-agent']),
        ...(stringOf(data.url) ? { url: data.url as string } : {}),
      };
    case 'failed':
      return { type: 'bounced', bounceType: data.severity === 'temporary' ? 'soft' : 'hard' };
    case 'complained':
      return { type: 'complained' };
    case 'unsubscribed':
      return { type: 'unsubscribed' };
    default:
      // accepted, delivered, stored, …
      return null;
  }
}

/** One Mailgun event (`event-data`); custom variables (`v:leadstatus_message`) arrive in `user-variables`. */
export function parseMailgun(rawBody: string): ParsedWebhook {
  const body = bodyOf(rawBody);
  const data = body['event-data'];
  if (!isRecord(data)) throw new BadPayloadError('Mailgun posts `event-data`.');
  const mapped = mapEvent(data);
  const occurredAt = timeOf(data.timestamp);
  const id = stringOf(data.id);
  if (!mapped || occurredAt === null || !id) return { events: [], ignored: 1 };
  const variables = isRecord(data['user-variables']) ? data['user-variables'] : {};
  return {
    events: [
      {
        ...mapped,
        providerEventId: id,
        providerType: String(data.event),
        email: stringOf(data.recipient),
        occurredAt,
        messageRef: stringOf(variables[MESSAGE_ARG]),
      },
    ],
    ignored: 0,
  };
}
