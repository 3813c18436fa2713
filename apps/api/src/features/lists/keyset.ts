import type { Status } from '@leadstatus/core';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import type { Position } from './cursor.js';
import { IndexHint } from './index-hint.js';
import type { ListSort } from './schemas.js';

/** What a list shows: `undefined` means "any", an empty list means "none". */
export interface ListFilter {
  campaignIds?: readonly string[] | undefined;
  statuses?: readonly Status[] | undefined;
  /** Contained in the e-mail, first name, last name or company, case-insensitively. */
  q?: string | undefined;
  /** Epoch ms: only enrollments with `updated_at >=` it. */
  updatedSince?: number | undefined;
  /** Only these outcome labels; null stands for "no label". */
  labels?: readonly (string | null)[] | undefined;
}

export type SortColumn = 'status_changed_at' | 'lead_email' | 'last_event_at';

export interface SortSpec {
  column: SortColumn;
  direction: 'asc' | 'desc';
  /** Whether an index has `status` before this column, so a status equality keeps the index order. */
  statusIndexed: boolean;
}

export function sortSpec(sort: ListSort): SortSpec {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const name = sort.replace(/^-/, '');
  if (name === 'email') return { column: 'lead_email', direction, statusIndexed: false };
  if (name === 'last_event_at') return { column: 'last_event_at', direction, statusIndexed: false };
  return { column: 'status_changed_at', direction, statusIndexed: true };
}

/** One index range read in order: a campaign (or all) and the statuses it filters on. */
export interface Partition {
  campaignId: string | undefined;
  statuses: readonly Status[];
}

/** Above this many (campaign, status) pairs, statuses become a filter while reading each campaign. */
export const MAX_PARTITIONS = 64;

/**
 * Splits a query into ranges that each read an index in sort order: one per campaign, and one per
 * status too where an index orders by status first (`status IN (…) ORDER BY …` would sort every
 * matching row; one ordered range per status reads only `limit + 1` rows each, at any depth).
 */
export function planPartitions(filter: ListFilter, spec: SortSpec): Partition[] {
  const campaigns: Array<string | undefined> = filter.campaignIds
    ? [...new Set(filter.campaignIds)]
    : [undefined];
  const statuses = filter.statuses ? [...new Set(filter.statuses)] : [];
  if (spec.statusIndexed && statuses.length > 1 && campaigns.length * statuses.length <= MAX_PARTITIONS) {
    return campaigns.flatMap((campaignId) => statuses.map((status) => ({ campaignId, statuses: [status] })));
  }
  return campaigns.map((campaignId) => ({ campaignId, statuses }));
}

/** Escapes LIKE's wildcards with `!` (a backslash would need escaping again in MySQL literals). */
export function likeContains(needle: string): string {
  return `%${needle.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function likeEscaped(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '!'`;
}

export type SeekColumn =
  | 'id'
  | 'campaign_id'
  | 'lead_id'
  | 'lead_email'
  | 'status'
  | 'status_reason'
  | 'paused_until'
  | 'label'
  | 'label_changed_at'
  | 'status_changed_at'
  | 'last_event_at'
  | 'sent_count'
  | 'opened_count'
  | 'clicked_count'
  | 'replied_count';

/**
 * The index a partition is read by (migration 0001's names): workspace or campaign first, then the
 * status where it is one equality and the sort keeps the index order, then the sort key and id.
 */
export function rangeIndex(partition: Partition, spec: SortSpec): string {
  const scope = partition.campaignId === undefined ? 'ws' : 'cmp';
  if (spec.column === 'lead_email') return `enr_${scope}_email`;
  if (spec.column === 'last_event_at') return `enr_${scope}_last_event`;
  return partition.statuses.length === 1 ? `enr_${scope}_status_changed` : `enr_${scope}_changed`;
}

/** One read of a partition: where from, how many rows, which columns. */
export interface Seek<C extends SeekColumn> {
  dialect: DialectName;
  partition: Partition;
  filter: ListFilter;
  spec: SortSpec;
  /** Read after this position; null from the start. */
  after: Position | null;
  take: number;
  columns: readonly C[];
}

/**
 * The rows of one partition after `after`, in sort order, at most `take`: a range of one index
 * (`workspace_id`, [`campaign_id`], [`status`], sort column, `id`) read from the cursor on.
 */
export function seekQuery<C extends SeekColumn>(db: DbOrTrx, workspaceId: string, seek: Seek<C>) {
  const { dialect, partition, filter, spec, after, take, columns } = seek;
  let query = db.selectFrom('enrollments').select(columns).where('workspace_id', '=', workspaceId);
  if (partition.campaignId !== undefined) query = query.where('campaign_id', '=', partition.campaignId);
  const [onlyStatus] = partition.statuses;
  if (partition.statuses.length === 1 && onlyStatus) query = query.where('status', '=', onlyStatus);
  else if (partition.statuses.length > 1) query = query.where('status', 'in', partition.statuses);
  if (filter.updatedSince !== undefined) query = query.where('updated_at', '>=', filter.updatedSince);
  const { labels } = filter;
  if (labels !== undefined) {
    const keys = labels.filter((label): label is string => label !== null);
    query = query.where((eb) =>
      eb.or([
        ...(keys.length > 0 ? [eb('label', 'in', keys)] : []),
        ...(labels.includes(null) ? [eb('label', 'is', null)] : []),
      ]),
    );
  }
  if (filter.q !== undefined) {
    const pattern = likeContains(filter.q);
    query = query.where(
      'lead_id',
      'in',
      db
        .selectFrom('leads')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where((eb) =>
          eb.or(
            ['email_normalized', 'first_name', 'last_name', 'company'].map((column) =>
              likeEscaped(column, pattern),
            ),
          ),
        ),
    );
  }
  if (after) {
    // `col <= k AND (col < k OR id < i)`: the first half is an index range on both dialects (a row
    // comparison `(col, id) < (k, i)` is not one on MariaDB); the second drops the ties already read.
    const [strict, inclusive] = spec.direction === 'desc' ? (['<', '<='] as const) : (['>', '>='] as const);
    const column = sql.ref(spec.column);
    query = query
      .where(sql<SqlBool>`${column} ${sql.raw(inclusive)} ${after.key}`)
      .where(
        sql<SqlBool>`(${column} ${sql.raw(strict)} ${after.key} or ${sql.ref('id')} ${sql.raw(strict)} ${after.id})`,
      );
  }
  query = query.orderBy(spec.column, spec.direction).orderBy('id', spec.direction).limit(take);
  // The range's own index, named: with ORDER BY … LIMIT, MariaDB may prefer another index that gives
  // the same order (e.g. enr_ws_changed, filtering campaign and status row by row) or read the right
  // one by `ref` from its start instead of seeking the cursor. Where `q`, `updated_since` or `label`
  // may be more selective than the range, the planner chooses.
  if (filter.q !== undefined || filter.updatedSince !== undefined || filter.labels !== undefined)
    return query;
  return query.withPlugin(new IndexHint('enrollments', rangeIndex(partition, spec), dialect));
}

/** The enrollment columns of a list row. */
export const ROW_COLUMNS = [
  'id',
  'campaign_id',
  'lead_id',
  'lead_email',
  'status',
  'status_reason',
  'paused_until',
  'label',
  'label_changed_at',
  'status_changed_at',
  'last_event_at',
  'sent_count',
  'opened_count',
  'clicked_count',
  'replied_count',
] as const satisfies readonly SeekColumn[];

/** Compares strings by code point, as SQLite and MySQL's `_bin` collations order UTF-8 bytes. */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after U+E000..U+FFFF by code point, before them by UTF-16.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

function compareKey(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodePoints(String(a), String(b));
}

/** The order of the list: by sort key, then id, both in the sort's direction. */
export function comparePositions(spec: SortSpec): (a: Position, b: Position) => number {
  const sign = spec.direction === 'desc' ? -1 : 1;
  return (a, b) => sign * (compareKey(a.key, b.key) || compareCodePoints(a.id, b.id));
}

/**
 * The first `take` positions of several partitions' sorted results, in list order. A row read by
 * two partitions (its status changed between their reads) is kept once.
 */
export function mergePositions<P extends Position>(
  spec: SortSpec,
  results: readonly P[][],
  take: number,
): P[] {
  const merged = results.flat().sort(comparePositions(spec));
  const seen = new Set<string>();
  const out: P[] = [];
  for (const position of merged) {
    if (seen.has(position.id)) continue;
    seen.add(position.id);
    out.push(position);
    if (out.length === take) break;
  }
  return out;
}
