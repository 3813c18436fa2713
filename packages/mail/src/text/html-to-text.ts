import { MAX_TEXT_CHARS } from '../limits.js';
import { decodeEntities } from './html-entities.js';

/**
 * Where the quoted history of an HTML reply begins: Gmail's `gmail_quote`, any `<blockquote>`,
 * Outlook's `divRplyFwdMsg` / `appendonsend` markers, Apple's `AppleOriginalContents`, Yahoo's
 * `yahoo_quoted`. Everything from there on is history, not the lead's new words.
 */
const QUOTE_START =
  /<(?:div|span|p|table)\b[^>]{0,500}?\b(?:class|id)\s*=\s*["']?(?:[\w-]+\s+){0,10}(?:gmail_quote|gmail_attr|divRplyFwdMsg|appendonsend|AppleOriginalContents|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\b|<blockquote\b|<hr\b[^>]{0,200}\bid\s*=\s*["']?stopSpelling/i;

/** Block-level tags end a line when the markup is flattened. */
const BLOCK_TAG = /<\/?(?:p|div|br|tr|li|h[1-6]|table|ul|ol|blockquote|pre|hr)\b[^<>]*>/gi;

/**
 * Removes every `open … close` span (case-insensitive) in one linear pass; an unclosed span runs
 * to the end. A lazy regex would rescan the rest of the text for every unclosed opening.
 */
function removeSpans(text: string, open: RegExp, close: string): string {
  const lower = text.toLowerCase();
  const finder = new RegExp(open.source, 'gi');
  let out = '';
  let from = 0;
  for (let match = finder.exec(text); match; match = finder.exec(text)) {
    out += text.slice(from, match.index);
    const end = lower.indexOf(close, match.index + match[0].length);
    if (end < 0) return out;
    from = end + close.length;
    const after = lower.indexOf('>', from);
    from = close.endsWith('>') || after < 0 ? from : after + 1;
    finder.lastIndex = from;
  }
  return out + text.slice(from);
}

/**
 * A simple, careful HTML-to-text for mail bodies: drops head/style/script and comments, cuts at the
 * first quoted-history marker, turns block tags into line breaks, strips the remaining tags, decodes
 * entities. Input is capped and every step is linear, so hostile markup stays cheap.
 */
export function htmlToText(html: string): string {
  let text = removeSpans(html.slice(0, MAX_TEXT_CHARS * 2), /<!--/, '-->');
  for (const element of ['head', 'style', 'script', 'title']) {
    text = removeSpans(text, new RegExp(`<${element}\\b`), `</${element}`);
  }
  const quote = QUOTE_START.exec(text);
  if (quote) text = text.slice(0, quote.index);
  text = text
    .replace(BLOCK_TAG, '\n')
    .replace(/<[a-z!/?][^<>]*>/gi, '')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n');
  return decodeEntities(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
