import { createLeadStatusClient } from '@leadstatus/sdk';

/**
 * In a browser no secret key may be shipped: your backend hands out short-lived tokens for the
 * signed-in user, and the client asks for one when it needs it, and again after a 401.
 */
export function createBrowserClient(baseUrl: string, fetchToken: () => Promise<string>) {
  let token: Promise<string> | undefined;
  return createLeadStatusClient({
    baseUrl,
    tokenProvider: ({ forceRefresh }) => {
      if (forceRefresh || !token) {
        token = fetchToken().catch((error: unknown) => {
          token = undefined; // ask again next time
          throw error;
        });
      }
      return token;
    },
  });
}
