import { createHash } from 'node:crypto';
import type { ListSort } from './schemas.js';

/** Where a page ended: the sort key of its last row and that row's id (the tie-breaker). */
export interface Position {
  key: number | string;
  id: string;
}

const VERSION = 1;
const MAX_ID_LENGTH = 64;
const MAX_EMAIL_LENGTH = 320;

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

function isKeyFor(sort: ListSort, key: unknown): key is number | string {
  if (sort === 'email' || sort === '-email') {
    return typeof key === 'string' && key.length <= MAX_EMAIL_LENGTH;
  }
  return typeof key === 'number' && Number.isSafeInteger(key) && key >= 0;
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
