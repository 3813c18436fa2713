import { randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';

/** `tracking`: the key of tracking and unsubscribe link tokens (tracking/tokens.ts). */
export type SecretPurpose = 'embed_tokens' | 'tracking';

/** The secret, or undefined when the workspace never needed one (so nothing it signed exists). */
export async function findWorkspaceSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('workspace_secrets')
    .select('secret')
    .where('workspace_id', '=', workspaceId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return row && new Uint8Array(Buffer.from(row.secret, 'base64url'));
}

/**
 * The workspace's secret for `purpose`, created on first use. Two processes creating it at once
 * both insert; the loser's unique violation is answered by reading the winner's secret.
 */
export async function workspaceSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
  now: number,
): Promise<Uint8Array> {
  const existing = await findWorkspaceSecret(db, workspaceId, purpose);
  if (existing) return existing;
  const secret = randomBytes(32).toString('base64url');
  try {
    await db
      .insertInto('workspace_secrets')
      .values({ workspace_id: workspaceId, purpose, secret, created_at: now })
      .execute();
    return new Uint8Array(Buffer.from(secret, 'base64url'));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findWorkspaceSecret(db, workspaceId, purpose);
    if (!winner) throw error;
    return winner;
  }
}

/** Replaces the secret: every token signed with the old one stops working at once. */
export async function rotateWorkspaceSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
  now: number,
): Promise<void> {
  await db
    .deleteFrom('workspace_secrets')
    .where('workspace_id', '=', workspaceId)
    .where('purpose', '=', purpose)
    .execute();
  await workspaceSecret(db, workspaceId, purpose, now);
}
