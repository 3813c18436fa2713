import EmailReplyParser from 'email-reply-parser';
import { MAX_REPLY_PARSER_CHARS, MAX_SNIPPET_CHARS } from '../limits.js';
import { htmlToText } from './html-to-text.js';
import { cutQuotedHistory } from './quote-cut.js';
import { collapseWhitespace } from './whitespace.js';

const replyParser = new EmailReplyParser();

/** The body as plain text: the text part, else the HTML part flattened (postal-mime gives no text then). */
export function bodyText(text: string | undefined, html: string | undefined): string {
  if (text && text.trim().length > 0) return text;
  return html ? htmlToText(html) : '';
}

/**
 * The sender's new words: our own cut at attribution / Outlook header lines first (it also keeps
 * email-reply-parser's input short), then email-reply-parser for `>` quotes and signatures.
 * Multi-line, not truncated: the phrase rules read it.
 */
export function newText(body: string): string {
  const cut = cutQuotedHistory(body).slice(0, MAX_REPLY_PARSER_CHARS);
  const visible = replyParser.parseReply(cut);
  // A message that is all quote (or all "signature") keeps our cut rather than nothing.
  return visible.trim().length > 0 ? visible : cut;
}

/** The snippet: new text, whitespace collapsed, at most 500 characters (never half a surrogate pair). */
export function snippetOf(text: string): string {
  const cut = collapseWhitespace(text).slice(0, MAX_SNIPPET_CHARS);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
