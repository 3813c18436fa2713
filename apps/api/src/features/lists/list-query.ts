import type { Status } from '@leadstatus/core';
import { problems } from '../../platform/http/problem.js';
import { isCampaignIdShape } from '../campaigns/public.js';
import { decodeCursor, encodeCursor, type Position } from './cursor.js';
import type { ListQuery, ListResult } from './list.repository.js';
import type { ListPage, ListSort } from './schemas.js';

/** The validated query parameters both list routes share. */
export interface ListParams {
  status?: Status[] | undefined;
  campaign_id?: string[] | undefined;
  q?: string | undefined;
  label?: string[] | undefined;
  updated_since?: string | undefined;
  sort: ListSort;
  limit: number;
  cursor?: string | undefined;
}

function decodeOrThrow(sort: ListSort, cursor: string | undefined): Position | null {
  if (cursor === undefined) return null;
  const result = decodeCursor(sort, cursor);
  if (!result.ok) {
    const errors = [{ path: 'query.cursor', message: result.message }];
    throw problems.validation(`query.cursor: ${result.message}`, errors);
  }
  return result.position;
}

/**
 * Query parameters to a repository query; an empty `status=` or `campaign_id=` means no filter. An id
 * that cannot be a campaign's matches nothing, and is dropped here so it never reaches the ASCII-only
 * id column (MySQL refuses to compare non-ASCII text with it).
 */
export function toListQuery(params: ListParams): ListQuery {
  return {
    campaignIds: params.campaign_id?.length ? params.campaign_id.filter(isCampaignIdShape) : undefined,
    statuses: params.status?.length ? params.status : undefined,
    q: params.q,
    labels: params.label?.length ? params.label.map((key) => (key === 'none' ? null : key)) : undefined,
    updatedSince: params.updated_since === undefined ? undefined : Date.parse(params.updated_since),
    sort: params.sort,
    limit: params.limit,
    after: decodeOrThrow(params.sort, params.cursor),
  };
}

export function toListPage(sort: ListSort, result: ListResult): ListPage {
  return { data: result.rows, next_cursor: result.next ? encodeCursor(sort, result.next) : null };
}
