/** Size caps that keep a hostile message cheap to read; generous for real mail. */

/** Only the first 64 KiB of decoded text are searched for phrases and SMTP codes. */
export const MAX_TEXT_CHARS = 64 * 1024;

/** Text handed to email-reply-parser: its regexes run per line, so keep its input short. */
export const MAX_REPLY_PARSER_CHARS = 4 * 1024;

/** All header blocks of all MIME parts together; Exchange headers run to ~40 KiB, a header bomb far beyond. */
export const MAX_HEADERS_BYTES = 256 * 1024;

/** MIME nesting: real mail nests a handful of levels, a crafted message thousands. */
export const MAX_MIME_DEPTH = 32;

/** Inline `message/rfc822` recursion (forwards of forwards). */
export const MAX_RFC822_DEPTH = 3;

/** A report part (delivery-status, returned headers) is read up to this many bytes. */
export const MAX_REPORT_PART_BYTES = 64 * 1024;

/** Attachments looked at for report parts; the rest of a long list is ignored. */
export const MAX_ATTACHMENTS_SCANNED = 20;

export const MAX_SNIPPET_CHARS = 500;
export const MAX_DIAGNOSTIC_CHARS = 500;

/** RFC 5322 line limit; also the longest message id accepted. */
export const MAX_MESSAGE_ID_CHARS = 998;

/** Ids kept from `References` (a long thread lists hundreds; the newest are kept). */
export const MAX_REFERENCES = 100;
