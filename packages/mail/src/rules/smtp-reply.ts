import { MAX_TEXT_CHARS } from '../limits.js';

/** An SMTP reply found in a bounce's text. */
export interface SmtpReply {
  /** The basic reply code, e.g. `550`; null when only an enhanced code is written. */
  code: string | null;
  /** The enhanced status code (RFC 3463), e.g. `5.1.1`, or null. */
  status: string | null;
  /** The line it stands on, trimmed. */
  line: string;
  /** Where it starts in the searched text. */
  index: number;
}

// `550 5.1.1`, `550-5.1.1`, `550 #5.1.0`: basic code then enhanced code; the strongest evidence.
const CODE_AND_STATUS = /(?<![\d.])([45][0-5]\d)[ -]#?([45]\.\d{1,3}\.\d{1,3})(?![\d.])/;
// A basic code alone, where servers write it: line start, or after "said:", "error:", "host …:".
const CODE_ONLY =
  /(?:^|said:|error:|response:|reply:|returned|\(|host [^\n]{0,80}?:)[ \t'"]*([45][0-5]\d)[ -](?=[a-z<#'"(])/im;
// An enhanced code alone ("Status: 5.1.1", "#5.1.1", "(5.7.1)").
const STATUS_ONLY = /(?:status:?|#|\()[ \t]*([45]\.\d{1,3}\.\d{1,3})(?![\d.])/i;

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

/** The first SMTP reply in a text: a basic+enhanced pair first, else a basic code, else an enhanced one. */
export function findSmtpReply(text: string): SmtpReply | null {
  const searched = text.slice(0, MAX_TEXT_CHARS);
  const pair = CODE_AND_STATUS.exec(searched);
  if (pair?.[1] && pair[2]) {
    return { code: pair[1], status: pair[2], line: lineAround(searched, pair.index), index: pair.index };
  }
  const code = CODE_ONLY.exec(searched);
  if (code?.[1]) {
    const index = code.index + code[0].lastIndexOf(code[1]);
    return { code: code[1], status: null, line: lineAround(searched, index), index };
  }
  const status = STATUS_ONLY.exec(searched);
  if (status?.[1]) {
    return { code: null, status: status[1], line: lineAround(searched, status.index), index: status.index };
  }
  return null;
}

/** The enhanced status code in a DSN `Status` or `Diagnostic-Code` value, or null. */
export function enhancedStatusIn(value: string | null): string | null {
  if (!value) return null;
  return /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(value)?.[1] ?? null;
}

/** The basic reply code at the start of a `Diagnostic-Code` value (`smtp; 550 …`), or null. */
export function basicCodeIn(value: string | null): string | null {
  if (!value) return null;
  return /(?:^|;)\s*([245]\d\d)(?:[ -]|$)/.exec(value)?.[1] ?? null;
}
