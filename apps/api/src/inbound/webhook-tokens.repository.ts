import { createHash } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { ProviderName } from './inbound-event.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Records a signature token as used, unless it already is: true the first time, false for a replay.
 * The primary key decides, so it holds across processes sharing the database.
 */
export async function claimWebhookToken(
  db: DbOrTrx,
  workspaceId: string,
  provider: ProviderName,
  token: string,
  expiresAt: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('inbound_webhook_tokens')
      .values({ workspace_id: workspaceId, provider, token_hash: hashOf(token), expires_at: expiresAt })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Forgets a claim whose request then failed, so the provider's retry of it is not taken for a replay. */
export async function releaseWebhookToken(
  db: DbOrTrx,
  workspaceId: string,
  provider: ProviderName,
  token: string,
): Promise<void> {
  await db
    .deleteFrom('inbound_webhook_tokens')
    .where('workspace_id', '=', workspaceId)
    .where('provider', '=', provider)
    .where('token_hash', '=', hashOf(token))
    .execute();
}

/** Tokens deleted per statement: each delete is short and holds its locks briefly. */
export const TOKEN_DELETE_BATCH = 500;

/** Deletes a workspace's expired tokens in bounded batches; returns how many went. */
export async function deleteExpiredWebhookTokens(
  db: DbOrTrx,
  workspaceId: string,
  now: number,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = await db
      .selectFrom('inbound_webhook_tokens')
      .select(['provider', 'token_hash'])
      .where('workspace_id', '=', workspaceId)
      .where('expires_at', '<', now)
      .limit(TOKEN_DELETE_BATCH)
      .execute();
    if (batch.length === 0) return deleted;
    for (const provider of new Set(batch.map((row) => row.provider))) {
      const result = await db
        .deleteFrom('inbound_webhook_tokens')
        .where('workspace_id', '=', workspaceId)
        .where('provider', '=', provider)
        .where(
          'token_hash',
          'in',
          batch.filter((row) => row.provider === provider).map((row) => row.token_hash),
        )
        .where('expires_at', '<', now)
        .executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    }
    if (batch.length < TOKEN_DELETE_BATCH) return deleted;
  }
}
