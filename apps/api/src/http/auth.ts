import type { MiddlewareHandler } from 'hono';
import { apiKeyMatches, keyIdOf } from '../workspaces/api-key-format.js';
import { findKeyForAuth, touchApiKey } from '../workspaces/workspaces.repository.js';
import type { AppEnv } from './app-env.js';
import { problems } from './problem.js';

const LAST_USED_PRECISION_MS = 60_000;

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * Authenticates `Authorization: Bearer lsk_…` by key id and a constant-time hash comparison.
 * Every failure is the same 401 whatever the reason, so the answer reveals nothing about keys.
 */
export function requireSecretKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw problems.unauthorized('Send your API key as "Authorization: Bearer lsk_…".');
    const keyId = keyIdOf(token);
    const { db, clock } = c.get('services');
    const row = keyId ? await findKeyForAuth(db, keyId) : undefined;
    if (!row || row.revoked_at !== null || !apiKeyMatches(token, row.key_hash)) {
      throw problems.unauthorized('The API key is not valid or has been revoked.');
    }
    const now = clock.now();
    if (row.last_used_at === null || row.last_used_at < now - LAST_USED_PRECISION_MS) {
      await touchApiKey(db, row.id, now);
    }
    c.set('caller', { workspaceId: row.workspace_id, credential: 'secret_key', keyId: row.id });
    await next();
  };
}
