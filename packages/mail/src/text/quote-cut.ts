import { MAX_TEXT_CHARS } from '../limits.js';

/** "On … wrote:" and its five sisters: the attribution line a client writes above quoted history. */
const ATTRIBUTION = [
  /^on\s.{4,300}\swrote:?$/i,
  /^am\s.{4,300}\sschrieb\s?.{0,200}:$/i,
  /^le\s.{4,300}\sa\s[ée]crit\s?:$/i,
  /^el\s.{4,300}\sescribi[óo]:?$/i,
  /^em\s.{4,300}\sescreveu:?$/i,
  /^op\s.{4,300}\sschreef\s?.{0,200}:$/i,
  /^.{1,200}\s<[^<>\s]+@[^<>\s]+>\s(?:wrote|schrieb|a [ée]crit|escribi[óo]|escreveu|schreef)\s?:$/i,
];

/** Separator lines above a forwarded or replied-to original. */
const SEPARATOR =
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original|oorspronkelijk bericht|forwarded message|weitergeleitete nachricht)\s*-{2,}$/i;

/** Outlook's header block: "From:" then, within three lines, "Sent:" or "Date:" (in six languages). */
const HEADER_FROM = /^\*?(?:from|von|de|van)\s?:\*?\s/i;
const HEADER_SENT =
  /^\*?(?:sent|date|gesendet|datum|envoy[ée]|enviado|enviada|data|fecha|verzonden|verstuurd)\s?:\*?\s/i;

function isAttribution(line: string): boolean {
  return ATTRIBUTION.some((pattern) => pattern.test(line));
}

function isOutlookHeader(lines: readonly string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index] ?? '')) return false;
  for (let next = index + 1; next <= index + 3 && next < lines.length; next++) {
    if (HEADER_SENT.test(lines[next]?.trim() ?? '')) return true;
  }
  return false;
}

/**
 * The text above the first quoted-history marker email-reply-parser may miss: an attribution
 * line (also wrapped over two lines, as Gmail does), a "-----Original Message-----" separator, or
 * an Outlook "From: … Sent: …" block. Quoted `>` lines are left to email-reply-parser.
 */
export function cutQuotedHistory(text: string): string {
  const lines = text.slice(0, MAX_TEXT_CHARS).replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line.length === 0 || line.startsWith('>')) continue;
    const joined = `${line} ${(lines[index + 1] ?? '').trim()}`;
    if (
      isAttribution(line) ||
      (line.length < 300 && isAttribution(joined)) ||
      SEPARATOR.test(line) ||
      (/^_{10,}$/.test(line) && isOutlookHeader(lines, index + 1)) ||
      isOutlookHeader(lines, index)
    ) {
      return lines.slice(0, index).join('\n');
    }
  }
  return lines.join('\n');
}
