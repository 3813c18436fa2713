import type { MiddlewareHandler } from 'hono';
import { apiKeyMatches, keyIdOf } from '../auth/api-key-format.js';
import { findKeyForAuth, touchApiKeyCommand } from '../auth/api-keys.repository.js';
import { verifyEmbedToken } from '../auth/embed-token.js';
import type { AppEnv } from './app-env.js';
import { ProblemError, problems } from './problem.js';

const LAST_USED_PRECISION_MS = 60_000;

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * Authenticates `Authorization: Bearer …`: a secret key (`lsk_…`) by key id and a constant-time hash
 * comparison, anything else as an embed token (a JWT signed with the workspace's embed secret).
 * Every failure of a key is the same 401 whatever the reason, so the answer reveals nothing about
 * keys; an expired embed token says so, so a widget knows to ask for a fresh one.
 */
export function requireCredential(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw problems.unauthorized('Send your API key as "Authorization: Bearer lsk_…".');
    const { db, clock, writer, logger } = c.get('services');
    const now = clock.now();
    if (!token.startsWith('lsk_')) {
      const result = await verifyEmbedToken(db, token, now);
      if (result.ok === false && result.reason === 'expired') {
        throw new ProblemError(
          'tokenExpired',
          401,
          'The embed token has expired; mint a new one with POST /v1/embed-tokens.',
          undefined,
          { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        );
      }
      if (!result.ok) throw problems.unauthorized('The API key or embed token is not valid.');
      c.set('caller', {
        workspaceId: result.scope.workspaceId,
        credential: 'embed_token',
        embed: result.scope,
      });
      await next();
      return;
    }
    const keyId = keyIdOf(token);
    const row = keyId ? await findKeyForAuth(db, keyId) : undefined;
    if (!row || row.revoked_at !== null || !apiKeyMatches(token, row.key_hash)) {
      throw problems.unauthorized('The API key is not valid or has been revoked.');
    }
    if (row.last_used_at === null || row.last_used_at < now - LAST_USED_PRECISION_MS) {
      // Not awaited: a read must not wait for the writer (its queue may hold a large batch).
      writer
        .run(touchApiKeyCommand, { keyId: row.id, now })
        .catch((error: unknown) => logger.warn({ err: error }, 'recording key use'));
    }
    c.set('caller', { workspaceId: row.workspace_id, credential: 'secret_key', keyId: row.id, embed: null });
    await next();
  };
}
