import {
  createLeadStatusClient,
  type LeadStatusClient,
  type StatusChangeHandler,
  type StatusChangeStreamOptions,
  type StatusChangeSubscription,
  type TokenProvider,
} from '@leadstatus/sdk';

/**
 * The part of the SDK client the widgets use. A full `LeadStatusClient` fits; so does a test double
 * or an app's own wrapper (e.g. one that adds headers), set through the `client` property.
 */
export interface WidgetClient {
  leads: Pick<LeadStatusClient['leads'], 'list'>;
  campaigns: Pick<LeadStatusClient['campaigns'], 'leads'>;
  analytics: Pick<LeadStatusClient['analytics'], 'summary' | 'workspace' | 'trends'>;
  exports: Pick<LeadStatusClient['exports'], 'csv'>;
  stream: {
    statusChanges(
      options: StatusChangeStreamOptions,
      onChange: StatusChangeHandler,
    ): StatusChangeSubscription;
  };
}

export interface ClientConfig {
  apiBase?: string | undefined;
  token?: string | undefined;
  tokenProvider?: TokenProvider | undefined;
}

/** Widgets configured alike share one client, and so one stream connection (see status-stream.ts). */
const byToken = new Map<string, WidgetClient>();
const byProvider = new WeakMap<TokenProvider, Map<string, WidgetClient>>();
/** Tokens are short-lived: keep the last few clients, not one per token ever seen. */
const MAX_TOKEN_CLIENTS = 16;

function baseUrlOf(apiBase: string): string {
  // Relative bases (`/`, `/api`) resolve against the page, so the demo page can say `api-base="/"`.
  return new URL(apiBase, document.baseURI).href.replace(/\/+$/, '');
}

/** The client for these settings, or undefined while they are incomplete. A `tokenProvider` wins over `token`. */
export function clientFor({ apiBase, token, tokenProvider }: ClientConfig): WidgetClient | undefined {
  if (apiBase === undefined || apiBase === '') return undefined;
  const baseUrl = baseUrlOf(apiBase);
  if (tokenProvider) {
    let clients = byProvider.get(tokenProvider);
    if (!clients) {
      clients = new Map();
      byProvider.set(tokenProvider, clients);
    }
    let client = clients.get(baseUrl);
    if (!client) {
      client = createLeadStatusClient({ baseUrl, tokenProvider });
      clients.set(baseUrl, client);
    }
    return client;
  }
  if (!token) return undefined;
  const key = `${baseUrl}\n${token}`;
  let client = byToken.get(key);
  if (!client) {
    client = createLeadStatusClient({ baseUrl, token });
    byToken.set(key, client);
    if (byToken.size > MAX_TOKEN_CLIENTS) byToken.delete(byToken.keys().next().value as string);
  }
  return client;
}
