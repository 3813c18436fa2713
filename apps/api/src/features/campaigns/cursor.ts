import { isCampaignIdShape } from './schemas.js';

/** Opaque to clients: base64url JSON of the last campaign id of a page (newest first, keyset by id). */
export function encodeCampaignCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ id: lastId })).toString('base64url');
}

/** The id a cursor continues after, or null when the cursor is not one of ours. */
export function decodeCampaignCursor(cursor: string): string | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || !('id' in value)) return null;
    return typeof value.id === 'string' && isCampaignIdShape(value.id) ? value.id : null;
  } catch {
    return null;
  }
}
