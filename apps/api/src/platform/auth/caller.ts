import type { EmbedScope } from './embed-token.js';

/**
 * Who is calling: set by the auth middleware on every /v1 route. A secret key may do anything in
 * its workspace; an embed token only reads, within its scope (see platform/http/embed-access-policy.ts).
 */
export type Caller =
  | { workspaceId: string; credential: 'secret_key'; keyId: string; embed: null }
  | { workspaceId: string; credential: 'embed_token'; embed: EmbedScope };
