import { addressIn } from '../parse/address.js';
import { fieldValue, fieldValues, headerBlockOf, parseFieldBlocks } from '../parse/header-fields.js';
import type { ComplaintReport } from '../types.js';

export interface ComplaintInput {
  contentType: string | null;
  /** The decoded `message/feedback-report` part, if any. */
  feedbackReport: string | null;
  /** Returned originals (`message/rfc822`, `text/rfc822-headers`), as text. */
  originals: readonly string[];
}

export interface ComplaintFinding {
  report: ComplaintReport;
  /** `Original-Rcpt-To` addresses. */
  recipients: string[];
  evidence: string[];
}

/** Whether a `Content-Type` value announces an RFC 5965 feedback report. */
export function isFeedbackReport(contentType: string | null): boolean {
  return (
    !!contentType &&
    /^\s*multipart\/report\b/i.test(contentType) &&
    /report-type\s*=\s*"?feedback-report\b/i.test(contentType)
  );
}

/**
 * Rule 2: an ARF feedback report (RFC 5965), as Yahoo, Microsoft JMRP and AOL send them. The
 * complaining recipient is `Original-Rcpt-To`, else the `To` of the returned original.
 */
export function detectComplaint(input: ComplaintInput): ComplaintFinding | null {
  if (input.feedbackReport === null) return null;
  const fields = parseFieldBlocks(input.feedbackReport).flat();
  const feedbackType = fieldValue(fields, 'feedback-type')?.trim().toLowerCase() || null;
  const recipients: string[] = [];
  for (const value of fieldValues(fields, 'original-rcpt-to')) {
    const address = addressIn(value);
    if (address && !recipients.includes(address)) recipients.push(address);
  }
  let recipient = recipients[0] ?? null;
  for (const original of input.originals) {
    if (recipient) break;
    const to = fieldValue(headerBlockOf(original), 'to');
    recipient = to ? addressIn(to) : null;
  }
  const evidence = ['arf', `feedback-type:${feedbackType ?? 'none'}`];
  if (isFeedbackReport(input.contentType)) evidence.unshift('report-type:feedback-report');
  return { report: { feedbackType, recipient }, recipients, evidence };
}
