import PostalMime, { type Email } from 'postal-mime';
import { MAX_HEADERS_BYTES, MAX_MIME_DEPTH, MAX_RFC822_DEPTH } from '../limits.js';
import type { NotAMessage } from '../types.js';

function notAMessage(detail: string): NotAMessage {
  return { error: 'not_a_message', detail };
}

// A header block starts with a field name and a colon on the first line (after an mbox "From " line).
const STARTS_WITH_HEADER = /^(?:From [^\r\n]*\r?\n)?[!-9;-~]{1,76}:/;

/**
 * Parses raw bytes with postal-mime under tight limits: total header bytes (header bombs), MIME
 * nesting depth, inline `message/rfc822` recursion. `message/rfc822` parts without a disposition
 * stay attachments so a returned original keeps its headers. A parse failure is a NotAMessage.
 */
export async function parseMessage(raw: Uint8Array): Promise<Email | NotAMessage> {
  if (raw.byteLength === 0) return notAMessage('empty body: no header block and no From');
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 200));
  if (!STARTS_WITH_HEADER.test(head))
    return notAMessage('no header block: the body does not start with a header field');
  try {
    return await PostalMime.parse(raw, {
      maxHeadersSize: MAX_HEADERS_BYTES,
      maxNestingDepth: MAX_MIME_DEPTH,
      maxRfc822NestingDepth: MAX_RFC822_DEPTH,
      rfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notAMessage(`unreadable message: ${reason.slice(0, 200)}`);
  }
}
