// Browser commands (run in Node, called from the page with `commands.…`): what the customer's backend
// and the sending engine do, with the secret key, which never reaches the page.
import type { BrowserCommand } from 'vitest/node';
import { callApi } from './api-server.js';
import { runningApi } from './fixture.js';

/** `POST /v1/embed-tokens` for the page's origin. */
export const mintEmbedToken: BrowserCommand<[origin: string, campaignIds?: string[]]> = async (
  _context,
  origin,
  campaignIds,
) => {
  const minted = (await callApi(await runningApi(), 'POST', '/v1/embed-tokens', {
    allowed_origins: [origin],
    ...(campaignIds ? { campaign_ids: campaignIds } : {}),
  })) as { token: string };
  return minted.token;
};

/** `POST /v1/events`. */
export const sendEvent: BrowserCommand<[event: Record<string, unknown>]> = async (_context, event) =>
  callApi(await runningApi(), 'POST', '/v1/events', event);

declare module 'vitest/browser' {
  interface BrowserCommands {
    mintEmbedToken(origin: string, campaignIds?: string[]): Promise<string>;
    sendEvent(event: Record<string, unknown>): Promise<unknown>;
  }
}
