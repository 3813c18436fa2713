import { monotonicFactory } from 'ulid';

/** The prefixes of API.md, plus internal ones. */
export type IdPrefix =
  | 'ws'
  | 'lead'
  | 'cmp'
  | 'enr'
  | 'evt'
  | 'chg'
  | 'dnc'
  | 'key'
  | 'whk'
  | 'dlv'
  | 'emb'
  | 'inb'
  | 'lch';

const nextUlid = monotonicFactory();

/**
 * A time-ordered, prefixed id (`lead_01JD…`): generated here rather than by AUTO_INCREMENT so inserts
 * need no round trip, ids shard, and they sort by creation (good keyset cursors, arrival order).
 */
export function newId(prefix: IdPrefix, now = Date.now()): string {
  return `${prefix}_${nextUlid(now)}`;
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`) && id.length === prefix.length + 27;
}

/** Ids that cannot be one of ours with this prefix answer 404 without a query (and never reach an ASCII-only column). */
export function isIdShape(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`) && /^[0-9A-Za-z]{1,40}$/.test(id.slice(prefix.length + 1));
}
