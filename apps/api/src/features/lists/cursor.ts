import { createHash } from 'node:crypto';
import type { ListSort } from './schemas.js';

/** Where a page ended: the sort key of its last row and that row's id (the tie-breaker). */
export interface Position {
  key: number | string;
  id: string;
}

const VERSION = 1;
const MAX_ID_LENGTH = 64;
/**
 * Any `lead_email` a row can hold: 320 characters (the column), each up to two UTF-16 units, with
 * room to spare for rows stored before today's e-mail rules. A cursor is made from a stored row, so
 * it must accept every value the column can hold, not only those the API accepts today.
 */
const MAX_EMAIL_KEY_LENGTH = 4 * 320;
/** The longest cursor `encodeCursor` makes (the longest e-mail key, every character escaped in JSON). */
export const MAX_CURSOR_LENGTH = 16_384;

/**
 * A checksum, not a signature: it tells a cursor that was cut or edited from one we made. A cursor
 * grants nothing (every query is filtered by the caller's workspace), so it needs no secret.
 */
function checksum(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 10);
}

/** `base64url(JSON [version, sort, key, id, checksum])`: opaque to clients, cheap to check. */
export function encodeCursor(sort: ListSort, position: Position): string {
  const body = JSON.stringify([VERSION, sort, position.key, position.id]);
  return Buffer.from(JSON.stringify([VERSION, sort, position.key, position.id, checksum(body)])).toString(
    'base64url',
  );
}

export type CursorResult = { ok: true; position: Position } | { ok: false; message: string };

/**
 * Whether a key can be one of a stored row's: an e-mail for the e-mail sorts, else any whole number
 * of milliseconds (0 is "no event yet"; rows written before event times were bounded may hold
 * times before 1970, which are negative).
 */
function isKeyFor(sort: ListSort, key: unknown): key is number | string {
  if (sort === 'email' || sort === '-email') {
    return typeof key === 'string' && key.length <= MAX_EMAIL_KEY_LENGTH;
  }
  return typeof key === 'number' && Number.isSafeInteger(key);
}

/** Reads a cursor made by `encodeCursor` for the same sort; anything else is refused with a reason. */
export function decodeCursor(sort: ListSort, cursor: string): CursorResult {
  const malformed = { ok: false, message: 'The cursor is not one this API returned.' } as const;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return malformed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return malformed;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) return malformed;
  const [version, cursorSort, key, id, check] = parsed as unknown[];
  if (version !== VERSION || typeof cursorSort !== 'string' || typeof check !== 'string') return malformed;
  if (checksum(JSON.stringify([version, cursorSort, key, id])) !== check) return malformed;
  if (cursorSort !== sort) {
    return {
      ok: false,
      message: `The cursor belongs to sort=${cursorSort}; repeat that sort or start again without a cursor.`,
    };
  }
  if (!isKeyFor(sort, key) || typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) {
    return malformed;
  }
  return { ok: true, position: { key, id } };
}
