import { verify } from 'node:crypto';
import {
  BadPayloadError,
  type InboundEvent,
  isRecord,
  MESSAGE_ARG,
  MESSAGE_HEADER,
  type ParsedWebhook,
  stringOf,
  timeOf,
} from './inbound-event.js';
import { type CertificateFetcher, isSnsUrl } from './sns-certificates.js';

export interface SesConfig {
  /** The SNS topics this workspace's SES events come from: any other topic is refused. */
  topic_arns: string[];
}

export const TOPIC_ARN_PATTERN = /^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/** An SNS message (the HTTP body SNS posts). */
export interface SnsEnvelope {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  SubscribeURL?: string;
  Token?: string;
}

export function parseEnvelope(rawBody: string): SnsEnvelope {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BadPayloadError('The body is not JSON.');
  }
  if (!isRecord(body)) throw new BadPayloadError('SNS posts a JSON object.');
  for (const field of [
    'Type',
    'MessageId',
    'TopicArn',
    'Message',
    'Timestamp',
    'SignatureVersion',
    'Signature',
    'SigningCertURL',
  ]) {
    if (typeof body[field] !== 'string') throw new BadPayloadError(`The SNS message has no ${field}.`);
  }
  return body as unknown as SnsEnvelope;
}

/** The text SNS signs: named fields in a fixed order, each as `name\nvalue\n` (AWS SNS documentation). */
export function snsStringToSign(envelope: SnsEnvelope): string | null {
  const fields =
    envelope.Type === 'Notification'
      ? [
          'Message',
          'MessageId',
          ...(envelope.Subject !== undefined ? ['Subject'] : []),
          'Timestamp',
          'TopicArn',
          'Type',
        ]
      : envelope.Type === 'SubscriptionConfirmation' || envelope.Type === 'UnsubscribeConfirmation'
        ? ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type']
        : null;
  if (!fields) return null;
  let text = '';
  for (const field of fields) {
    const value = (envelope as unknown as Record<string, unknown>)[field];
    if (typeof value !== 'string') return null;
    text += `${field}\n${value}\n`;
  }
  return text;
}

/**
 * Checks an SNS message the way AWS documents: from an allowed topic, with a certificate URL on
 * `sns.<region>.amazonaws.com` over https, and an RSA signature (SHA1 for SignatureVersion 1,
 * SHA256 for 2) that the certificate verifies over the string to sign.
 */
export async function verifySes(
  envelope: SnsEnvelope,
  config: SesConfig,
  fetchCertificate: CertificateFetcher,
): Promise<boolean> {
  if (!config.topic_arns.includes(envelope.TopicArn)) return false;
  if (!isSnsUrl(envelope.SigningCertURL)) return false;
  const algorithm =
    envelope.SignatureVersion === '1' ? 'sha1' : envelope.SignatureVersion === '2' ? 'sha256' : null;
  const text = snsStringToSign(envelope);
  if (!algorithm || text === null) return false;
  if (envelope.SubscribeURL !== undefined && !isSnsUrl(envelope.SubscribeURL)) return false;
  let certificate: string;
  try {
    certificate = await fetchCertificate(envelope.SigningCertURL);
  } catch {
    return false;
  }
  try {
    return verify(
      algorithm,
      Buffer.from(text, 'utf8'),
      certificate,
      Buffer.from(envelope.Signature, 'base64'),
    );
  } catch {
    return false;
  }
}

function messageRefOf(mail: Record<string, unknown>): string | null {
  const tags = isRecord(mail.tags) ? mail.tags : {};
  const tag = tags[MESSAGE_ARG];
  if (Array.isArray(tag) && typeof tag[0] === 'string') return tag[0];
  const headers = Array.isArray(mail.headers) ? mail.headers : [];
  for (const header of headers) {
    if (
      isRecord(header) &&
      typeof header.name === 'string' &&
      header.name.toLowerCase() === MESSAGE_HEADER.toLowerCase()
    ) {
      return stringOf(header.value);
    }
  }
  return null;
}

function recipients(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((r) =>
    isRecord(r) && typeof r.emailAddress === 'string' ? [r.emailAddress] : typeof r === 'string' ? [r] : [],
  );
}

/**
 * An SES event (event publishing `eventType`, or feedback notifications' `notificationType`) from an
 * SNS Notification: one of our events per recipient it names. The SNS MessageId (unique per
 * notification) and the recipient's position make the event id.
 */
export function parseSesNotification(envelope: SnsEnvelope): ParsedWebhook {
  let message: unknown;
  try {
    message = JSON.parse(envelope.Message);
  } catch {
    throw new BadPayloadError('The SNS Message is not an SES event (JSON).');
  }
  if (!isRecord(message)) throw new BadPayloadError('The SNS Message is not an SES event.');
  const kind = stringOf(message.eventType) ?? stringOf(message.notificationType);
  const mail = isRecord(message.mail) ? message.mail : {};
  const messageRef = messageRefOf(mail);
  const destination = Array.isArray(mail.destination)
    ? mail.destination.filter((d): d is string => typeof d === 'string')
    : [];
  const base = (index: number, email: string | null, occurredAt: number | null) => ({
    providerEventId: `${envelope.MessageId}:${index}`,
    providerType: kind ?? 'unknown',
    email,
    occurredAt: occurredAt ?? timeOf(mail.timestamp) ?? timeOf(envelope.Timestamp) ?? 0,
    messageRef,
  });
  const events: InboundEvent[] = [];
  switch (kind) {
    case 'Bounce': {
      const bounce = isRecord(message.bounce) ? message.bounce : {};
      const bounceType = bounce.bounceType === 'Permanent' ? 'hard' : 'soft';
      recipients(bounce.bouncedRecipients).forEach((email, i) => {
        events.push({ ...base(i, email, timeOf(bounce.timestamp)), type: 'bounced', bounceType });
      });
      break;
    }
    case 'Complaint': {
      const complaint = isRecord(message.complaint) ? message.complaint : {};
      recipients(complaint.complainedRecipients).forEach((email, i) => {
        events.push({ ...base(i, email, timeOf(complaint.timestamp)), type: 'complained' });
      });
      break;
    }
    case 'Reject':
      destination.forEach((email, i) => {
        events.push({ ...base(i, email, null), type: 'rejected' });
      });
      break;
    case 'Open': {
      const open = isRecord(message.open) ? message.open : {};
      events.push({
        ...base(0, destination[0] ?? null, timeOf(open.timestamp)),
        type: 'opened',
        userAgent: stringOf(open.userAgent),
      });
      break;
    }
    case 'Click': {
      const click = isRecord(message.click) ? message.click : {};
      events.push({
        ...base(0, destination[0] ?? null, timeOf(click.timestamp)),
        type: 'clicked',
        userAgent: stringOf(click.userAgent),
        ...(stringOf(click.link) ? { url: click.link as string } : {}),
      });
      break;
    }
    default:
      // Send, Delivery, DeliveryDelay, Rendering Failure, Subscription, …
      return { events: [], ignored: 1 };
  }
  return { events, ignored: events.length === 0 ? 1 : 0 };
}
