import { randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { writeCommand } from '../db/write-command.js';
import type { Writer } from '../db/writer.js';

/** `tracking`: the key of tracking and unsubscribe link tokens (features/tracking/tokens.ts). */
export type SecretPurpose = 'embed_tokens' | 'tracking';

/** Where a secret is read (`db`) and, the first time, created (`writer`): `Services` and `DatabaseHandle` both fit. */
export interface SecretStore {
  db: DbOrTrx;
  writer: Writer;
}

/** The secret, or undefined when the workspace never needed one (so nothing it signed exists). */
export async function findWorkspaceSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
): Promise<Uint8Array | undefined> {
  const stored = await findStoredSecret(db, workspaceId, purpose);
  return stored === undefined ? undefined : decode(stored);
}

async function findStoredSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('workspace_secrets')
    .select('secret')
    .where('workspace_id', '=', workspaceId)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return row?.secret;
}

const decode = (secret: string) => new Uint8Array(Buffer.from(secret, 'base64url'));

/**
 * The workspace's secret for `purpose`, created on first use: read where reads go, and only when
 * missing created by a write command (which looks again first).
 */
export async function workspaceSecret(
  store: SecretStore,
  workspaceId: string,
  purpose: SecretPurpose,
  now: number,
): Promise<Uint8Array> {
  const existing = await findWorkspaceSecret(store.db, workspaceId, purpose);
  if (existing) return existing;
  return decode(await store.writer.run(ensureWorkspaceSecretCommand, { workspaceId, purpose, now }));
}

interface SecretInput {
  workspaceId: string;
  purpose: SecretPurpose;
  now: number;
}

/** The stored secret (base64url), inserted when there is none. */
export const ensureWorkspaceSecretCommand = writeCommand(
  import.meta.url,
  'ensureWorkspaceSecretCommand',
  ({ db }, { workspaceId, purpose, now }: SecretInput): Promise<string> =>
    ensureSecret(db, workspaceId, purpose, now),
);

/**
 * Two processes creating the secret at once both insert; the loser's unique violation is answered by
 * reading the winner's secret.
 */
async function ensureSecret(
  db: DbOrTrx,
  workspaceId: string,
  purpose: SecretPurpose,
  now: number,
): Promise<string> {
  const existing = await findStoredSecret(db, workspaceId, purpose);
  if (existing !== undefined) return existing;
  const secret = randomBytes(32).toString('base64url');
  try {
    await db
      .insertInto('workspace_secrets')
      .values({ workspace_id: workspaceId, purpose, secret, created_at: now })
      .execute();
    return secret;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findStoredSecret(db, workspaceId, purpose);
    if (winner === undefined) throw error;
    return winner;
  }
}

/** Replaces the secret: every token signed with the old one stops working at once. */
export async function rotateWorkspaceSecret(
  writer: Writer,
  workspaceId: string,
  purpose: SecretPurpose,
  now: number,
): Promise<void> {
  await writer.run(rotateWorkspaceSecretCommand, { workspaceId, purpose, now });
}

export const rotateWorkspaceSecretCommand = writeCommand(
  import.meta.url,
  'rotateWorkspaceSecretCommand',
  async ({ db }, { workspaceId, purpose, now }: SecretInput): Promise<void> => {
    await inTransaction(db, async (trx) => {
      await trx
        .deleteFrom('workspace_secrets')
        .where('workspace_id', '=', workspaceId)
        .where('purpose', '=', purpose)
        .execute();
      await ensureSecret(trx, workspaceId, purpose, now);
    });
  },
);
