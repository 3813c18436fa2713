import { createHash, timingSafeEqual } from 'node:crypto';
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

export interface PostmarkConfig {
  /** The basic-auth user name in the webhook URL (`https://user:secret@…`); default `postmark`. */
  username?: string | undefined;
  /** The basic-auth password, or the value of the `X-Webhook-Secret` custom header. */
  secret: string;
}

export const POSTMARK_SECRET_HEADER = 'X-Webhook-Secret';

/** Compares without leaking the length or the first difference through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Postmark signs nothing: its webhooks authenticate by HTTP basic auth in the URL, or by a custom
 * header set in the webhook's settings. Either must carry the configured secret.
 */
export function verifyPostmark(headers: Headers, config: PostmarkConfig): boolean {
  const header = headers.get(POSTMARK_SECRET_HEADER);
  if (header !== null) return sameSecret(header, config.secret);
  const authorization = headers.get('Authorization') ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization.trim());
  if (!match) return false;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  return sameSecret(decoded, `${config.username ?? 'postmark'}:${config.secret}`);
}

const HARD = new Set(['HardBounce', 'BadEmailAddress', 'ManuallyDeactivated', 'AddressChange']);
const SOFT = new Set(['SoftBounce', 'Transient', 'DnsError', 'ChallengeVerification']);
const REJECTED = new Set(['Blocked', 'DMARCPolicy', 'SpamNotification', 'VirusNotification']);

type Mapped = Omit<InboundEvent, 'providerEventId' | 'email' | 'occurredAt' | 'messageRef' | 'providerType'>;

function bounce(type: string): Mapped | null {
  if (HARD.has(type)) return { type: 'bounced', bounceType: 'hard' };
  if (SOFT.has(type)) return { type: 'bounced', bounceType: 'soft' };
  if (REJECTED.has(type)) return { type: 'rejected' };
  if (type === 'SpamComplaint') return { type: 'complained' };
  if (type === 'Unsubscribe') return { type: 'unsubscribed' };
  if (type === 'AutoResponder') return { type: 'replied', autoReply: true };
  return null;
}

/**
 * A bounce's `ID` exactly: Postmark's ids are 64-bit integers, which JSON.parse rounds (two bounces
 * would share an id), so the digits are read from the body's text.
 */
function recordId(rawBody: string, parsed: unknown, recordType: string): string | null {
  const digits = /"ID"\s*:\s*(\d+)/.exec(rawBody)?.[1];
  if (digits) return `${recordType}:${digits}`;
  return typeof parsed === 'string' && parsed !== '' ? `${recordType}:${parsed}` : null;
}

/** One Postmark webhook record (`RecordType`); `Metadata.leadstatus_message` names our message. */
export function parsePostmark(rawBody: string): ParsedWebhook {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BadPayloadError('The body is not JSON.');
  }
  if (!isRecord(body) || typeof body.RecordType !== 'string') {
    throw new BadPayloadError('Postmark posts a JSON object with a RecordType.');
  }
  const metadata = isRecord(body.Metadata) ? body.Metadata : {};
  const messageRef = stringOf(metadata[MESSAGE_ARG]);
  const messageId = stringOf(body.MessageID);
  let mapped: Mapped | null = null;
  let email: string | null = null;
  let occurredAt: number | null = null;
  let id: string | null = null;
  let providerType = body.RecordType;
  switch (body.RecordType) {
    case 'Bounce':
    case 'SpamComplaint': {
      providerType = stringOf(body.Type) ?? body.RecordType;
      mapped = body.RecordType === 'SpamComplaint' ? { type: 'complained' } : bounce(providerType);
      email = stringOf(body.Email);
      occurredAt = timeOf(body.BouncedAt);
      id = recordId(rawBody, body.ID, body.RecordType);
      break;
    }
    case 'Open':
      mapped = { type: 'opened', userAgent: stringOf(body.UserAgent) };
      email = stringOf(body.Recipient);
      occurredAt = timeOf(body.ReceivedAt);
      id = `Open:${derivedId(messageId, email, stringOf(body.ReceivedAt))}`;
      break;
    case 'Click':
      mapped = {
        type: 'clicked',
        userAgent: stringOf(body.UserAgent),
        ...(stringOf(body.OriginalLink) ? { url: body.OriginalLink as string } : {}),
      };
      email = stringOf(body.Recipient);
      occurredAt = timeOf(body.ReceivedAt);
      id = `Click:${derivedId(messageId, email, stringOf(body.ReceivedAt), stringOf(body.OriginalLink))}`;
      break;
    case 'SubscriptionChange':
      if (body.SuppressSending === true) {
        providerType = `SubscriptionChange:${String(body.SuppressionReason)}`;
        mapped =
          body.SuppressionReason === 'SpamComplaint'
            ? { type: 'complained' }
            : body.SuppressionReason === 'HardBounce'
              ? { type: 'bounced', bounceType: 'hard' }
              : { type: 'unsubscribed' };
      }
      email = stringOf(body.Recipient);
      occurredAt = timeOf(body.ChangedAt);
      id = `SubscriptionChange:${derivedId(messageId, email, stringOf(body.ChangedAt), String(body.SuppressionReason))}`;
      break;
    default:
      // Delivery, and anything newer: nothing a status depends on.
      break;
  }
  if (!mapped || occurredAt === null || id === null) return { events: [], ignored: 1 };
  return {
    events: [{ ...mapped, providerEventId: id, providerType, email, occurredAt, messageRef }],
    ignored: 0,
  };
}
