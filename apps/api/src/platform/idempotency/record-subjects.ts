import type { IdempotencySubjectKind } from '../db/tables/idempotency.js';
import { normalizeEmail } from '../email/email.js';

export interface Subject {
  kind: IdempotencySubjectKind;
  value: string;
}

const ID_KINDS: ReadonlyArray<[prefix: string, kind: IdempotencySubjectKind]> = [
  ['lead_', 'lead'],
  ['enr_', 'enrollment'],
];
/** A ULID in Crockford base32, as ids.ts makes them. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** Ids are letters, digits and `_`: anything else ends one. */
const NOT_ID = /[^A-Za-z0-9_]+/;
/** What cannot be inside an unquoted address (RFC 5322 specials and white space) ends one in free text. */
const NOT_ADDRESS = /[\s"(),:;<>[\]\\]+/;
const MAX_EMAIL_LENGTH = 320;

/**
 * Every lead id, enrollment id and e-mail address (normalised as leads store it) that the texts name:
 * an idempotency record's key, path, request and stored answer. JSON texts are parsed first, so
 * escapes (`\u0040`) do not hide an address; anything else (CSV, plain text) is read as words. Every
 * pattern here is anchored or a single character class, so the scan is linear in the text's length.
 */
export function subjectsOf(texts: readonly string[]): Subject[] {
  const found = new Map<string, Subject>();
  const add = (kind: IdempotencySubjectKind, value: string) => found.set(`${kind}:${value}`, { kind, value });
  const scan = (text: string) => {
    for (const word of text.split(NOT_ID)) {
      for (const [prefix, kind] of ID_KINDS) {
        if (word.startsWith(prefix) && ULID.test(word.slice(prefix.length))) add(kind, word);
      }
    }
    if (!text.includes('@')) return;
    for (const candidate of text.split(NOT_ADDRESS)) {
      const at = candidate.lastIndexOf('@');
      if (at <= 0 || at === candidate.length - 1 || candidate.length > MAX_EMAIL_LENGTH) continue;
      // Lower-casing can lengthen a string (İ is two code units in lower case): check again.
      const email = normalizeEmail(candidate);
      if (email.length <= MAX_EMAIL_LENGTH) add('email', email);
    }
  };
  for (const text of texts) {
    for (const piece of stringsIn(text)) scan(piece);
  }
  return [...found.values()];
}

/** The strings (values and keys) of a JSON text, or the text itself when it is not JSON. */
function stringsIn(text: string): string[] {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return [text];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [text];
  }
  // Iterative, so a deeply nested body cannot overflow the stack.
  const strings: string[] = [];
  const pending: unknown[] = [parsed];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        strings.push(key);
        pending.push(item);
      }
    }
  }
  return strings;
}
