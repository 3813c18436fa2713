import createClient from 'openapi-fetch';
import { type AuthOptions, credentialsFrom } from './auth.js';
import type { paths } from './generated/schema.js';
import { analyticsResource } from './resources/analytics.js';
import { campaignsResource } from './resources/campaigns.js';
import { dncResource } from './resources/dnc.js';
import { embedTokensResource } from './resources/embed-tokens.js';
import { enrollmentsResource } from './resources/enrollments.js';
import { eventsResource } from './resources/events.js';
import { exportsResource } from './resources/exports.js';
import { inboundResource } from './resources/inbound.js';
import { leadsResource } from './resources/leads.js';
import type { RawClient } from './resources/raw.js';
import { webhooksResource } from './resources/webhooks.js';
import { workspaceResource } from './resources/workspace.js';
import { type RetryOptions, retryOptions } from './retry.js';
import {
  type StatusChangeHandler,
  type StatusChangeStreamOptions,
  subscribeStatusChanges,
} from './stream.js';
import { createTransport, type FetchLike } from './transport.js';

export type ClientOptions = AuthOptions & {
  /** The API's origin, e.g. `https://api.leadstatus.example` (paths start with `/v1`). */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up at each call. An in-process app's `fetch` works too. */
  fetch?: FetchLike;
  /** Retries after the first attempt (default 3), or finer settings; 0 turns retrying off. */
  retries?: number | Partial<RetryOptions>;
  /** Per attempt, until the answer's headers and JSON body have arrived (default 30 s; 0 for none). */
  timeoutMs?: number;
};

function resources(raw: RawClient, retry: RetryOptions) {
  return {
    leads: leadsResource(raw),
    campaigns: campaignsResource(raw),
    enrollments: enrollmentsResource(raw),
    events: eventsResource(raw),
    analytics: analyticsResource(raw),
    exports: exportsResource(raw),
    dnc: dncResource(raw),
    inbound: inboundResource(raw),
    embedTokens: embedTokensResource(raw),
    webhooks: webhooksResource(raw),
    workspace: workspaceResource(raw),
    stream: {
      /** Status changes as they happen (SSE), reconnecting by itself; see `StatusChangeSubscription`. */
      statusChanges: (options: StatusChangeStreamOptions, onChange: StatusChangeHandler) =>
        subscribeStatusChanges(raw, retry, options, onChange),
    },
  };
}

/**
 * The raw typed layer (`client.GET('/v1/leads', { params: { query } })`, openapi-fetch: errors are
 * returned, not thrown) and the resource layer (`client.leads.list()`: data returned, errors thrown
 * as `LeadStatusError`). Both share the transport: auth, idempotency keys, timeouts and retries.
 */
export type LeadStatusClient = RawClient & ReturnType<typeof resources>;

export function createLeadStatusClient(options: ClientOptions): LeadStatusClient {
  const retry = retryOptions(options.retries);
  const transport = createTransport({
    fetch: options.fetch ?? ((request) => fetch(request)),
    credentials: credentialsFrom(options),
    retry,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: transport,
    // `status=a,b`: what the service documents for list filters (openapi-fetch repeats keys by default).
    querySerializer: { array: { style: 'form', explode: false } },
  });
  return Object.assign(raw, resources(raw, retry));
}
