import { headerValue, type RawHeader } from '../parse/header-lookup.js';

/**
 * Headers that mark a message as machine-sent: RFC 3834 `Auto-Submitted` (anything but `no`),
 * `X-Autoreply` / `X-Autorespond` (many autoresponders), `Precedence: auto_reply|bulk|junk`.
 * `X-Auto-Response-Suppress` is NOT one: Outlook puts it on ordinary human mail.
 */
export function automaticHeaderEvidence(headers: readonly RawHeader[]): string[] {
  const evidence: string[] = [];
  const autoSubmitted = headerValue(headers, 'auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted) {
    const token = autoSubmitted.split(/[;\s(]/)[0] ?? '';
    if (token && token !== 'no') evidence.push(`auto-submitted:${token.slice(0, 40)}`);
  }
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) {
    const value = headerValue(headers, name)?.trim().toLowerCase();
    if (value !== undefined && value !== 'no' && value !== 'false' && value !== '0') evidence.push(name);
  }
  const precedence = headerValue(headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk') {
    evidence.push(`precedence:${precedence}`);
  }
  return evidence;
}
