import { MAX_DIAGNOSTIC_CHARS } from '../limits.js';
import type { BounceReport } from '../types.js';
import { bounceSenderEvidence, bounceSubjectEvidence } from './bounce-markers.js';
import { bounceTypeOf } from './bounce-type.js';
import { isDeliveryStatusReport, pickRecipient, readDeliveryStatus } from './delivery-status.js';
import { failedRecipientInText } from './failed-recipient.js';
import { findSmtpReply } from './smtp-reply.js';

/** What the bounce rule reads of a message. */
export interface BounceInput {
  contentType: string | null;
  fromAddress: string;
  subject: string;
  /** The body text (the human-readable part of the notice). */
  text: string;
  /** The decoded `message/delivery-status` part, if any. */
  deliveryStatus: string | null;
  /** Our own addresses in the notice (its `To`), never the failed recipient. */
  ownAddresses: readonly string[];
}

export interface BounceFinding {
  report: BounceReport;
  /** Every recipient a DSN names (`Final-Recipient`, `Original-Recipient`). */
  recipients: string[];
  evidence: string[];
}

function clip(value: string | null): string | null {
  if (!value) return null;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed.length > 0 ? collapsed.slice(0, MAX_DIAGNOSTIC_CHARS) : null;
}

/** An RFC 3464 DSN: its per-recipient fields decide; the text fills in what they leave out. */
function fromDeliveryStatus(input: BounceInput, deliveryStatus: string): BounceFinding | null {
  const recipients = readDeliveryStatus(deliveryStatus);
  const chosen = pickRecipient(recipients);
  if (!chosen) return null;
  // `Action: delivered` / `relayed` / `expanded` are success notices, not bounces.
  if (chosen.action && !['failed', 'delayed'].includes(chosen.action)) return null;
  const reply = chosen.status || chosen.code ? null : findSmtpReply(input.text);
  const facts = {
    status: chosen.status ?? reply?.status ?? null,
    code: chosen.code ?? reply?.code ?? null,
    action: chosen.action,
    diagnostic: chosen.diagnostic ?? reply?.line ?? null,
  };
  const { type, delayed } = bounceTypeOf(facts);
  const named: string[] = [];
  for (const r of recipients) {
    for (const address of [r.finalRecipient, r.originalRecipient]) {
      if (address && !named.includes(address)) named.push(address);
    }
  }
  const evidence = ['dsn', `dsn-action:${chosen.action ?? 'none'}`];
  if (facts.status) evidence.push(`status:${facts.status}`);
  return {
    report: {
      type,
      status: facts.status,
      recipient: chosen.finalRecipient ?? chosen.originalRecipient,
      diagnostic: clip(facts.diagnostic),
      delayed,
    },
    recipients: named,
    evidence,
  };
}

/** A notice without a DSN part: a bounce sender or subject, and an SMTP code in the text. */
function fromText(input: BounceInput): BounceFinding | null {
  const markers = [bounceSenderEvidence(input.fromAddress), bounceSubjectEvidence(input.subject)].filter(
    (marker): marker is string => marker !== null,
  );
  if (markers.length === 0) return null;
  const reply = findSmtpReply(input.text);
  if (!reply) return null;
  const { type, delayed } = bounceTypeOf({
    status: reply.status,
    code: reply.code,
    action: null,
    diagnostic: reply.line,
  });
  const recipient = failedRecipientInText(input.text, reply.index, [
    input.fromAddress,
    ...input.ownAddresses,
  ]);
  return {
    report: { type, status: reply.status, recipient, diagnostic: clip(reply.line), delayed },
    recipients: recipient ? [recipient] : [],
    evidence: [...markers, `smtp-code:${[reply.code, reply.status].filter(Boolean).join(' ')}`],
  };
}

/** Rule 1: a delivery status notification, standard (RFC 3464) or not; null when it is none. */
export function detectBounce(input: BounceInput): BounceFinding | null {
  if (input.deliveryStatus !== null || isDeliveryStatusReport(input.contentType)) {
    const finding = input.deliveryStatus ? fromDeliveryStatus(input, input.deliveryStatus) : null;
    if (finding) return finding;
  }
  return fromText(input);
}
