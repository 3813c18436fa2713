import { decodeTime, encodeTime } from 'ulid';

/** `chg_` and a ULID (Crockford base32, upper case): what `status_changes.id` holds. */
export const CHANGE_ID = /^chg_[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** The millisecond a change id was minted (its ULID time). */
export function changeIdTime(id: string): number {
  return decodeTime(id.slice(4));
}

/**
 * The smallest change id of a millisecond: every id minted at `ms` or later sorts above it, so
 * `id > changeIdFloor(ms)` selects what was minted from `ms` on (ids compare as plain strings).
 */
export function changeIdFloor(ms: number): string {
  return `chg_${encodeTime(Math.max(0, Math.floor(ms)), 10)}${'0'.repeat(16)}`;
}
