import { z } from '@hono/zod-openapi';

/** The form uniqueness, look-ups and DNC rules use: trimmed and lower-cased (RFC 5321 local parts are case-sensitive in theory, never in practice). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The domain of a normalised e-mail, without the @. */
export function domainOf(normalizedEmail: string): string {
  return normalizedEmail.slice(normalizedEmail.lastIndexOf('@') + 1);
}

/** An e-mail address as the API accepts it: trimmed, at most 320 characters, one @ with a dotted domain. */
export const EmailSchema = z
  .string()
  .trim()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Must be an e-mail address like ann@example.com')
  .openapi({ example: 'ann@example.com' });
