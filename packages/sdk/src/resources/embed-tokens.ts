import { operation } from './operation.js';
import type { RawClient } from './raw.js';

/** Read-only, short-lived tokens for browsers (the widgets); mint them on your server with a secret key. */
export function embedTokensResource(client: RawClient) {
  return { create: operation(client, 'post', '/v1/embed-tokens', 'body') };
}
