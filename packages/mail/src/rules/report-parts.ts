import type { Attachment } from 'postal-mime';
import { MAX_ATTACHMENTS_SCANNED } from '../limits.js';
import { contentAsText } from '../text/decode.js';

/** The machine-readable parts of a report, decoded as text. */
export interface ReportParts {
  /** `message/delivery-status` (RFC 3464), or null. */
  deliveryStatus: string | null;
  /** `message/feedback-report` (RFC 5965), or null. */
  feedbackReport: string | null;
  /** The returned original: `message/rfc822`, `text/rfc822-headers` (and the `message/rfc822-headers` variant). */
  originals: string[];
}

const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers']);

/**
 * postal-mime keeps a report's parts as attachments (it does not inline them into the body):
 * picks them out by MIME type and decodes their content as text.
 */
export function reportParts(attachments: readonly Attachment[]): ReportParts {
  const parts: ReportParts = { deliveryStatus: null, feedbackReport: null, originals: [] };
  for (const attachment of attachments.slice(0, MAX_ATTACHMENTS_SCANNED)) {
    const type = attachment.mimeType.toLowerCase();
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      parts.deliveryStatus ??= contentAsText(attachment.content);
    } else if (type === 'message/feedback-report') {
      parts.feedbackReport ??= contentAsText(attachment.content);
    } else if (ORIGINAL_TYPES.has(type) || type === 'message/global' || type === 'message/global-headers') {
      parts.originals.push(contentAsText(attachment.content));
    }
  }
  return parts;
}
