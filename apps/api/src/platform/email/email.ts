import { z } from '@hono/zod-openapi';
import { MAX_EMAIL_LENGTH, parseEmailAddress } from './email-address.js';

/**
 * The form uniqueness, look-ups and DNC rules use (see {@link parseEmailAddress}). Every entry point
 * validates its input with {@link EmailSchema} first; a value that is not an address (a stored row
 * from before these rules, a CSV cell about to be reported invalid) is only trimmed and lower-cased,
 * so this never throws.
 */
export function normalizeEmail(email: string): string {
  const parsed = parseEmailAddress(email);
  return parsed.ok ? parsed.value : email.trim().toLowerCase();
}

/** The normalised form of an address from outside that was not validated (a provider's payload), or null. */
export function normalizedOrNull(email: string | null): string | null {
  if (email === null) return null;
  const parsed = parseEmailAddress(email);
  return parsed.ok ? parsed.value : null;
}

/** The domain of a normalised e-mail, without the @. */
export function domainOf(normalizedEmail: string): string {
  return normalizedEmail.slice(normalizedEmail.lastIndexOf('@') + 1);
}

/**
 * An e-mail address as the API accepts it: trimmed, at most 320 characters (checked first, and
 * nothing else runs on a longer value), then parsed by {@link parseEmailAddress}. The value stays
 * as given (trimmed): `normalizeEmail` gives the form to compare.
 */
export const EmailSchema = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH, { abort: true })
  .superRefine((value, ctx) => {
    const parsed = parseEmailAddress(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  })
  // Documents the shape for clients and validating proxies (one @, no white space): a pattern any
  // engine matches in linear time, and that every accepted address matches.
  .openapi({ example: 'ann@example.com', pattern: '^[^\\s@]+@[^\\s@]+$' });
