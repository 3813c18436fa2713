import { operation } from './operation.js';
import type { RawClient } from './raw.js';

/** The workspace the credentials belong to, and the reference data. */
export function workspaceResource(client: RawClient) {
  return {
    get: operation(client, 'get', '/v1/workspace'),
    update: operation(client, 'patch', '/v1/workspace', 'body'),
    /** The statuses in display order, with labels, reasons and rules. */
    statuses: operation(client, 'get', '/v1/statuses'),
  };
}
