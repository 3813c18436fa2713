import { paginate } from '../paginate.js';
import type { QueryOf, RequestOptions } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

export type DncListQuery = QueryOf<'/v1/dnc', 'get'>;

/** Do-not-contact: e-mail addresses and whole domains that are never contacted. */
export function dncResource(client: RawClient) {
  const list = operation(client, 'get', '/v1/dnc', 'query');
  const add = operation(client, 'post', '/v1/dnc', 'body');
  return {
    list,
    iterate: (query: Omit<DncListQuery, 'cursor'> = {}, options?: RequestOptions) =>
      paginate((cursor) => list({ ...query, cursor }, options)),
    /** `ann@example.com` or `@example.com`; existing enrollments are unsubscribed or blocked. */
    add: (value: string, options?: RequestOptions) => add({ value }, options),
    remove: operation(client, 'delete', '/v1/dnc/{id}'),
  };
}
