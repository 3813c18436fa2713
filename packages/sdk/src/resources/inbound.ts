import { init, unwrap } from '../call.js';
import { paginate } from '../paginate.js';
import type { QueryOf, ReceivedMail, RequestOptions } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

/** A mail exactly as your mailbox received it, headers and body; its bytes are sent unchanged. */
export type RawMail = string | Uint8Array | Blob | ArrayBuffer;

export interface InboundCreateOptions extends RequestOptions {
  /** Only this campaign's enrollments may match the mail. */
  campaignId?: string;
}

type ListQuery = QueryOf<'/v1/inbound/messages', 'get'>;

/** The list's filters; `matched` also takes a boolean (the query carries it as `true` / `false`). */
export type InboundListQuery = Omit<ListQuery, 'matched'> & { matched?: boolean | ListQuery['matched'] };

function queryOf({ matched, ...query }: InboundListQuery): ListQuery {
  return matched === undefined
    ? query
    : { ...query, matched: matched === true || matched === 'true' ? 'true' : 'false' };
}

/** Mail your leads and their mail servers send back: replies, out-of-offices, bounces, complaints. */
export function inboundResource(client: RawClient) {
  const list = operation(client, 'get', '/v1/inbound/messages', 'query');
  const page = (query: InboundListQuery = {}, options?: RequestOptions) => list(queryOf(query), options);
  return {
    messages: {
      /**
       * Reads a mail: 202 when new, 200 with `duplicate: true` when seen before. Retries are safe without
       * an Idempotency-Key (none is added): the service knows a mail by its Message-ID, or its bytes.
       */
      create: (
        raw: RawMail,
        { campaignId, ...options }: InboundCreateOptions = {},
      ): Promise<ReceivedMail> => {
        const { headers, ...rest } = init(options);
        return unwrap(
          client.POST('/v1/inbound/messages', {
            params: { query: campaignId === undefined ? {} : { campaign_id: campaignId } },
            // The document types the message as a string; fetch takes each of these as it is, and the
            // identity serializer keeps openapi-fetch from JSON-encoding it.
            body: raw as string,
            bodySerializer: (body: unknown) => body,
            headers: { ...headers, 'Content-Type': 'message/rfc822' },
            ...rest,
          }),
        );
      },
      /** One page, newest first; `{ matched: false }` is the triage list. */
      list: page,
      /** Every mail of every page. */
      iterate: (query: Omit<InboundListQuery, 'cursor'> = {}, options?: RequestOptions) =>
        paginate((cursor) => page({ ...query, cursor }, options)),
      /** The headers that matter, the classification, its `evidence` and the snippet. */
      get: operation(client, 'get', '/v1/inbound/messages/{id}'),
      /** Records an unmatched mail's effect on `{lead_id, campaign_id}`; 409 when matched already. */
      match: operation(client, 'post', '/v1/inbound/messages/{id}/match', 'body'),
    },
  };
}
