import { MAX_MAIL_BYTES } from './schemas.js';

/** A mail as an ESP wraps it (base64 in JSON, a form field) is up to a third larger than the mail. */
export const MAX_MAIL_BODY_BYTES = Math.ceil(MAX_MAIL_BYTES * 1.4);

const MAIL_PATHS = [/^\/v1\/inbound\/messages$/, /^\/webhooks\/[a-z]+\/[^/]+\/(mail|mime)$/];

/** True for the routes whose body is a raw mail or an ESP's inbound mail payload. */
export function isMailPath(path: string): boolean {
  return MAIL_PATHS.some((pattern) => pattern.test(path));
}
