import { domainToASCII } from 'node:url';

/** The longest e-mail address accepted, as given (trimmed) and once normalised: the storage column's size. */
export const MAX_EMAIL_LENGTH = 320;

/**
 * Characters no address may hold: controls, format and other invisible characters (zero-width
 * spaces, direction marks, BOM, soft hyphen...), lone surrogates and every kind of space. One
 * character class, so the test runs in linear time on any input.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{Default_Ignorable_Code_Point}\s]/u;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function forbiddenCharacter(text: string): string | null {
  const found = FORBIDDEN.exec(text);
  if (!found) return null;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `Must not contain control, invisible or space characters (U+${code} at position ${found.index + 1})`;
}

/**
 * A domain as DNC rules and look-ups compare it: Unicode NFC, IDNA to ASCII (which also lower-cases
 * and maps full-width forms), without one trailing dot (`example.com.` is `example.com`), every
 * label non-empty and at least two of them.
 */
export function normalizeDomain(domain: string): Parsed<string> {
  const problem = forbiddenCharacter(domain);
  if (problem) return fail(problem);
  let ascii = domainToASCII(domain.normalize('NFC'));
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  const labels = ascii.split('.');
  if (ascii === '' || labels.length < 2 || labels.some((label) => label === '')) {
    return fail('Must have a domain like example.com');
  }
  return { ok: true, value: ascii };
}

/**
 * The one normal form of an e-mail address, used for uniqueness, look-ups and DNC at every entry
 * point: trimmed, NFC, no control or invisible characters (rejected, never stripped, so nothing
 * hides in them), exactly one @, the domain normalised by {@link normalizeDomain}, lower case.
 * A hand-written parser, not a regular expression: it reads the text a bounded number of times.
 */
export function parseEmailAddress(input: string): Parsed<string> {
  const text = input.trim();
  if (text.length > MAX_EMAIL_LENGTH) return fail(`Must be at most ${MAX_EMAIL_LENGTH} characters`);
  const problem = forbiddenCharacter(text);
  if (problem) return fail(problem);
  const nfc = text.normalize('NFC');
  const at = nfc.indexOf('@');
  const domain = at > 0 && at === nfc.lastIndexOf('@') ? normalizeDomain(nfc.slice(at + 1)) : null;
  if (!domain?.ok) return fail('Must be an e-mail address like ann@example.com');
  const normalized = `${nfc.slice(0, at).toLowerCase()}@${domain.value}`;
  if (normalized.length > MAX_EMAIL_LENGTH) {
    return fail(`Must be at most ${MAX_EMAIL_LENGTH} characters once its domain is in ASCII (IDNA)`);
  }
  return { ok: true, value: normalized };
}
