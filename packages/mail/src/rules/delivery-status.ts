import { addressIn } from '../parse/address.js';
import { type Field, fieldValue, parseFieldBlocks } from '../parse/header-fields.js';
import { basicCodeIn, enhancedStatusIn } from './smtp-reply.js';

/** One recipient's fields of an RFC 3464 `message/delivery-status` part. */
export interface RecipientStatus {
  finalRecipient: string | null;
  originalRecipient: string | null;
  /** `failed`, `delayed`, `delivered`, `relayed`, `expanded`, lower-cased; null when absent. */
  action: string | null;
  /** The enhanced code of `Status` (else found in `Diagnostic-Code`). */
  status: string | null;
  /** The basic SMTP code at the start of `Diagnostic-Code`. */
  code: string | null;
  diagnostic: string | null;
}

function recipientStatus(block: readonly Field[]): RecipientStatus {
  const diagnostic = fieldValue(block, 'diagnostic-code');
  const status = enhancedStatusIn(fieldValue(block, 'status')) ?? enhancedStatusIn(diagnostic);
  const finalRecipient = fieldValue(block, 'final-recipient');
  const originalRecipient = fieldValue(block, 'original-recipient');
  return {
    finalRecipient: finalRecipient ? addressIn(finalRecipient) : null,
    originalRecipient: originalRecipient ? addressIn(originalRecipient) : null,
    action: fieldValue(block, 'action')?.toLowerCase().trim() ?? null,
    status,
    code: basicCodeIn(diagnostic),
    // Drop the `smtp;` type prefix: the server's words are what a person reads.
    diagnostic: diagnostic ? diagnostic.replace(/^\s*[a-z-]+\s*;\s*/i, '') : null,
  };
}

/**
 * The per-recipient blocks of a delivery-status part (the first block is per-message:
 * `Reporting-MTA`, `Arrival-Date`; a recipient block names `Final-Recipient` or `Action`).
 */
export function readDeliveryStatus(text: string): RecipientStatus[] {
  return parseFieldBlocks(text)
    .filter((block) => block.some((field) => field.name === 'final-recipient' || field.name === 'action'))
    .map(recipientStatus);
}

/** The recipient the report is about: the first that failed, else the first delayed, else the first. */
export function pickRecipient(recipients: readonly RecipientStatus[]): RecipientStatus | null {
  return (
    recipients.find((r) => r.action === 'failed') ??
    recipients.find((r) => r.action === 'delayed') ??
    recipients[0] ??
    null
  );
}

/** Whether a `Content-Type` value announces an RFC 3464 delivery status notification. */
export function isDeliveryStatusReport(contentType: string | null): boolean {
  return (
    !!contentType &&
    /^\s*multipart\/report\b/i.test(contentType) &&
    /report-type\s*=\s*"?(?:delivery-status|global-delivery-status)\b/i.test(contentType)
  );
}
