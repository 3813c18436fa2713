import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import {
  BadPayloadError,
  derivedId,
  type InboundEvent,
  isRecord,
  MESSAGE_ARG,
  type ParsedWebhook,
  stringOf,
  timeOf,
} from './inbound-event.js';

export interface SendgridConfig {
  /** The Event Webhook's verification key, as SendGrid shows it (base64 DER), or PEM. */
  public_key: string;
}

export const SIGNATURE_HEADER = 'X-Twilio-Email-Event-Webhook-Signature';
export const TIMESTAMP_HEADER = 'X-Twilio-Email-Event-Webhook-Timestamp';

/** The P-256 public key of a config value, or null when it is not one. */
export function sendgridKey(publicKey: string): KeyObject | null {
  try {
    const text = publicKey.trim();
    const key = text.startsWith('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
      ? key
      : null;
  } catch {
    return null;
  }
}

/**
 * SendGrid's signed Event Webhook: an ECDSA P-256 / SHA-256 signature (base64 DER) of the timestamp
 * header followed by the raw body, checked with the key from the webhook's settings. Inbound Parse
 * signs the same way; its multipart body is taken as bytes, since a mail need not be UTF-8.
 */
export function verifySendgrid(
  headers: Headers,
  rawBody: string | Uint8Array,
  config: SendgridConfig,
): boolean {
  const signature = headers.get(SIGNATURE_HEADER);
  const timestamp = headers.get(TIMESTAMP_HEADER);
  const key = sendgridKey(config.public_key);
  if (!signature || !timestamp || !key) return false;
  try {
    return verify(
      'sha256',
      Buffer.concat([Buffer.from(timestamp), typeof rawBody === 'string' ? Buffer.from(rawBody) : rawBody]),
      { key, dsaEncoding: 'der' },
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** `bounce` with `type: "bounce"` is hard; `type: "blocked"` (a temporary refusal) is soft. */
function mapEvent(
  raw: Record<string, unknown>,
): Omit<InboundEvent, 'providerEventId' | 'email' | 'occurredAt' | 'messageRef' | 'providerType'> | null {
  switch (raw.event) {
    case 'open':
      return {
        type: 'opened',
        userAgent: stringOf(raw.useragent),
        providerMachine: raw.sg_machine_open === true || raw.sg_machine_open === 'true',
      };
    case 'click':
      return {
        type: 'clicked',
        userAgent: stringOf(raw.useragent),
        ...(stringOf(raw.url) ? { url: raw.url as string } : {}),
      };
    case 'bounce':
      return { type: 'bounced', bounceType: raw.type === 'blocked' ? 'soft' : 'hard' };
    case 'dropped':
      return { type: 'rejected' };
    case 'spamreport':
      return { type: 'complained' };
    case 'unsubscribe':
    case 'group_unsubscribe':
      return { type: 'unsubscribed' };
    default:
      // processed, delivered, deferred, group_resubscribe: nothing a status depends on.
      return null;
  }
}

/** A batch of SendGrid events (a JSON array); custom args arrive as top-level fields. */
export function parseSendgrid(rawBody: string): ParsedWebhook {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BadPayloadError('The body is not JSON.');
  }
  if (!Array.isArray(body)) throw new BadPayloadError('SendGrid posts a JSON array of events.');
  const parsed: ParsedWebhook = { events: [], ignored: 0 };
  for (const raw of body) {
    if (!isRecord(raw)) throw new BadPayloadError('Each SendGrid event is a JSON object.');
    const mapped = mapEvent(raw);
    const occurredAt = timeOf(raw.timestamp);
    if (!mapped || occurredAt === null) {
      parsed.ignored += 1;
      continue;
    }
    parsed.events.push({
      ...mapped,
      providerEventId:
        stringOf(raw.sg_event_id) ??
        derivedId(String(raw.event), stringOf(raw.sg_message_id), stringOf(raw.email), occurredAt),
      providerType: String(raw.event),
      email: stringOf(raw.email),
      occurredAt,
      messageRef: stringOf(raw[MESSAGE_ARG]),
    });
  }
  return parsed;
}
