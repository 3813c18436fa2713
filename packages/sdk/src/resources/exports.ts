import { init, unwrap } from '../call.js';
import type { QueryOf, RequestOptions } from '../types.js';
import type { RawClient } from './raw.js';

export type ExportQuery = Omit<QueryOf<'/v1/leads/export', 'get'>, 'format'>;

/** The Leads tab's rows, streamed to the end with the same filters and sort as `leads.list`. */
export function exportsResource(client: RawClient) {
  const download =
    (format: 'csv' | 'ndjson') =>
    async (query: ExportQuery = {}, options?: RequestOptions) =>
      (await unwrap(
        client.GET('/v1/leads/export', {
          params: { query: { ...query, format } },
          parseAs: 'stream',
          ...init(options),
        }),
      )) as ReadableStream<Uint8Array<ArrayBuffer>>;
  return {
    /** RFC 4180 CSV with a header row. */
    csv: download('csv'),
    /** One `LeadListRow` as JSON per line. */
    ndjson: download('ndjson'),
  };
}
