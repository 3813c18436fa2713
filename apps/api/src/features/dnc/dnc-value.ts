import type { DncKind } from '../../engine/dnc-entries.js';
import { normalizeDomain, type Parsed, parseEmailAddress } from '../../platform/email/email-address.js';

/** A DNC entry as stored: an e-mail in its normal form, or a domain (without the @) in ASCII. */
export interface DncValue {
  kind: DncKind;
  value: string;
}

const LABEL = /^[a-z0-9-]{1,63}$/;

/** A host name's shape (letters, digits, hyphens; no label starting or ending with one; a TLD of 2+). */
function isHostName(ascii: string): boolean {
  const labels = ascii.split('.');
  return (
    ascii.length <= 253 &&
    (labels.at(-1)?.length ?? 0) >= 2 &&
    labels.every((label) => LABEL.test(label) && !label.startsWith('-') && !label.endsWith('-'))
  );
}

/**
 * What a user typed (`ann@example.com` or `@example.com`) as the entry it lists: the e-mail or the
 * domain normalised exactly as leads' e-mails are, so an entry matches every spelling of its address.
 */
export function parseDncValue(input: string): Parsed<DncValue> {
  const text = input.trim();
  if (text.startsWith('@')) {
    const domain = normalizeDomain(text.slice(1));
    if (domain.ok && isHostName(domain.value))
      return { ok: true, value: { kind: 'domain', value: domain.value } };
    const why = domain.ok ? 'Must be a host name like example.com' : domain.message;
    return { ok: false, message: `Must be a domain after the @ (@example.com): ${why}` };
  }
  const email = parseEmailAddress(text);
  return email.ok
    ? { ok: true, value: { kind: 'email', value: email.value } }
    : {
        ok: false,
        message: `Must be an e-mail address (ann@example.com) or a domain starting with @ (@example.com): ${email.message}`,
      };
}
