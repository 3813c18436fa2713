/**
 * Returns a bearer token for the next request. Called before every request, so cache inside it;
 * after a 401 it is called once more with `forceRefresh: true` and the request is sent again.
 */
export type TokenProvider = (options: { forceRefresh: boolean }) => string | Promise<string>;

/** Exactly one way to authenticate. */
export type AuthOptions =
  | { /** A secret API key (`lsk_…`): servers only. */ apiKey: string; token?: never; tokenProvider?: never }
  | { /** A fixed bearer token, e.g. an embed token. */ token: string; apiKey?: never; tokenProvider?: never }
  | { tokenProvider: TokenProvider; apiKey?: never; token?: never };

export interface Credentials {
  bearer(forceRefresh: boolean): Promise<string>;
  /** Whether a 401 is worth one more try with a refreshed token. */
  readonly refreshable: boolean;
}

export function credentialsFrom(auth: AuthOptions): Credentials {
  const { tokenProvider } = auth;
  if (tokenProvider) {
    return { bearer: async (forceRefresh) => tokenProvider({ forceRefresh }), refreshable: true };
  }
  const fixed = auth.apiKey ?? auth.token;
  if (!fixed) throw new TypeError('createLeadStatusClient needs one of apiKey, token or tokenProvider.');
  return { bearer: async () => fixed, refreshable: false };
}
