import { MAX_MESSAGE_ID_CHARS, MAX_REFERENCES } from './limits.js';

/**
 * A message id in `<id@host>` form, or null. Accepts it with or without angle brackets and
 * surrounding whitespace; refuses whitespace inside, a missing `@`, or more than 998 characters.
 */
export function normalizeMessageId(value: string): string | null {
  let id = value.trim();
  if (id.startsWith('<') && id.endsWith('>')) id = id.slice(1, -1).trim();
  if (id.length === 0 || id.length + 2 > MAX_MESSAGE_ID_CHARS) return null;
  if (/[\s<>]/.test(id)) return null;
  const at = id.lastIndexOf('@');
  if (at <= 0 || at === id.length - 1) return null;
  return `<${id}>`;
}

/**
 * The ids of an `In-Reply-To` or `References` value, in order, normalised and deduplicated.
 * Ids are taken from their angle brackets; a bare id without brackets is accepted when alone.
 */
export function parseMessageIdList(value: string | undefined, max = MAX_REFERENCES): string[] {
  if (!value) return [];
  const found = value.match(/<[^<>]*>/g) ?? value.trim().split(/\s+/);
  const ids: string[] = [];
  for (const candidate of found) {
    const id = normalizeMessageId(candidate);
    if (id && !ids.includes(id)) ids.push(id);
  }
  // References list the oldest first: keep the newest when there are too many.
  return ids.length > max ? ids.slice(ids.length - max) : ids;
}
