import { createHash } from 'node:crypto';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import type { ProviderName } from './providers/inbound-event.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface WebhookTokenClaim {
  workspaceId: string;
  provider: ProviderName;
  token: string;
}

/**
 * Records a signature token as used, unless it already is: true the first time, false for a replay.
 * The primary key decides, so it holds across processes sharing the database.
 */
export function claimWebhookToken(
  writer: Writer,
  input: WebhookTokenClaim & { expiresAt: number },
): Promise<boolean> {
  return writer.run(claimWebhookTokenCommand, input);
}

export const claimWebhookTokenCommand = writeCommand(
  import.meta.url,
  'claimWebhookTokenCommand',
  async (
    { db },
    { workspaceId, provider, token, expiresAt }: WebhookTokenClaim & { expiresAt: number },
  ): Promise<boolean> => {
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
  },
);

/** Forgets a claim whose request then failed, so the provider's retry of it is not taken for a replay. */
export function releaseWebhookToken(writer: Writer, input: WebhookTokenClaim): Promise<void> {
  return writer.run(releaseWebhookTokenCommand, input);
}

export const releaseWebhookTokenCommand = writeCommand(
  import.meta.url,
  'releaseWebhookTokenCommand',
  async ({ db }, { workspaceId, provider, token }: WebhookTokenClaim): Promise<void> => {
    await db
      .deleteFrom('inbound_webhook_tokens')
      .where('workspace_id', '=', workspaceId)
      .where('provider', '=', provider)
      .where('token_hash', '=', hashOf(token))
      .execute();
  },
);

/** Tokens deleted per statement: each delete is short and holds its locks briefly. */
export const TOKEN_DELETE_BATCH = 500;

/**
 * Deletes a workspace's expired tokens in bounded batches, each its own write command (so other
 * writes get turns between them); returns how many went.
 */
export async function deleteExpiredWebhookTokens(
  writer: Writer,
  workspaceId: string,
  now: number,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = await writer.run(deleteExpiredWebhookTokensCommand, { workspaceId, now });
    deleted += batch.deleted;
    if (batch.found < TOKEN_DELETE_BATCH) return deleted;
  }
}

/** One batch: up to TOKEN_DELETE_BATCH expired tokens; `found` is how many it read. */
export const deleteExpiredWebhookTokensCommand = writeCommand(
  import.meta.url,
  'deleteExpiredWebhookTokensCommand',
  async (
    { db },
    { workspaceId, now }: { workspaceId: string; now: number },
  ): Promise<{ found: number; deleted: number }> => {
    const batch = await db
      .selectFrom('inbound_webhook_tokens')
      .select(['provider', 'token_hash'])
      .where('workspace_id', '=', workspaceId)
      .where('expires_at', '<', now)
      .limit(TOKEN_DELETE_BATCH)
      .execute();
    let deleted = 0;
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
    return { found: batch.length, deleted };
  },
);
