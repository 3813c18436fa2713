import { createHash } from 'node:crypto';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f5f7fa;margin:0}' +
  'main{max-width:28rem;margin:15vh auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}' +
  'h1{font-size:1.25rem;margin:0 0 1rem}button{font:inherit;padding:.5rem 1.25rem;border:0;border-radius:6px;' +
  'background:#1f2933;color:#fff;cursor:pointer}';

/** The page allows its own inline style (by hash), posting to itself, and nothing else. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** `ann@example.com` -> `a**@example.com`: enough to recognise, not enough to harvest from a forwarded mail. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const local = email.slice(0, at);
  return `${local[0]}${'*'.repeat(Math.min(Math.max(local.length - 1, 2), 8))}${email.slice(at)}`;
}

function page(title: string, body: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

/** The confirmation page: GET changes nothing (scanners fetch links); the button POSTs to the same URL. */
export function confirmationPage(email: string, alreadyUnsubscribed: boolean): string {
  if (alreadyUnsubscribed) {
    return page(
      'Unsubscribed',
      `<h1>You are unsubscribed</h1><p>${escapeHtml(maskEmail(email))} gets no more of these emails.</p>`,
    );
  }
  return page(
    'Unsubscribe',
    '<h1>Unsubscribe?</h1>' +
      `<p>Stop these emails to ${escapeHtml(maskEmail(email))}.</p>` +
      '<form method="post"><input type="hidden" name="confirm" value="yes"><button type="submit">Unsubscribe</button></form>',
  );
}

export function donePage(email: string): string {
  return page(
    'Unsubscribed',
    `<h1>You are unsubscribed</h1><p>${escapeHtml(maskEmail(email))} gets no more of these emails.</p>`,
  );
}
