import { MAX_REPORT_PART_BYTES } from '../limits.js';

const utf8 = new TextDecoder('utf-8');

/** An attachment's content as text, cut to `maxBytes` first (report parts are ASCII in practice). */
export function contentAsText(
  content: ArrayBuffer | Uint8Array | string,
  maxBytes = MAX_REPORT_PART_BYTES,
): string {
  if (typeof content === 'string') return content.slice(0, maxBytes);
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  return utf8.decode(bytes.subarray(0, maxBytes));
}
