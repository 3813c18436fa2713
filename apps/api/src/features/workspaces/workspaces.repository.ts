import {
  DEFAULT_WORKSPACE_SETTINGS,
  parseSettings,
  type WorkspaceSettings,
} from '../../engine/workspace-settings.js';
import { generateApiKey } from '../../platform/auth/api-key-format.js';
import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { newId } from '../../platform/ids.js';

export interface Workspace {
  id: string;
  name: string;
  settings: WorkspaceSettings;
  createdAt: number;
}

export interface ApiKeyRecord {
  id: string;
  workspaceId: string;
  name: string;
  displayPrefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/**
 * Creates a workspace and its first secret key together: a workspace never exists without a way in.
 * `demo` marks the demo seed's workspace (the demo page shows it to anyone): only the seed sets it.
 */
export function createWorkspace(writer: Writer, input: NewWorkspace): Promise<CreatedWorkspace> {
  return writer.run(createWorkspaceCommand, input);
}

export interface NewWorkspace {
  name: string;
  now: number;
  demo?: boolean;
}

export interface CreatedWorkspace {
  workspace: Workspace;
  apiKey: string;
}

export const createWorkspaceCommand = writeCommand(
  import.meta.url,
  'createWorkspaceCommand',
  ({ db }, input: NewWorkspace): Promise<CreatedWorkspace> =>
    inTransaction(db, async (trx) => {
      const id = newId('ws', input.now);
      await trx
        .insertInto('workspaces')
        .values({
          id,
          name: input.name,
          settings: JSON.stringify(DEFAULT_WORKSPACE_SETTINGS),
          is_demo: input.demo ? 1 : 0,
          created_at: input.now,
          updated_at: input.now,
        })
        .execute();
      const { plain } = await insertApiKey(trx, { workspaceId: id, name: 'Default key', now: input.now });
      return {
        workspace: { id, name: input.name, settings: DEFAULT_WORKSPACE_SETTINGS, createdAt: input.now },
        apiKey: plain,
      };
    }),
);

export async function findWorkspace(db: DbOrTrx, workspaceId: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
  return (
    row && { id: row.id, name: row.name, settings: parseSettings(row.settings), createdAt: row.created_at }
  );
}

/** The workspace, its row locked for update on MySQL (SQLite has a single writer). */
export async function lockWorkspace(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
): Promise<Workspace | undefined> {
  let query = trx.selectFrom('workspaces').selectAll().where('id', '=', workspaceId);
  if (dialect === 'mysql') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return (
    row && { id: row.id, name: row.name, settings: parseSettings(row.settings), createdAt: row.created_at }
  );
}

export async function updateWorkspace(
  trx: DbOrTrx,
  workspace: Pick<Workspace, 'id' | 'name' | 'settings'>,
  now: number,
): Promise<void> {
  await trx
    .updateTable('workspaces')
    .set({ name: workspace.name, settings: JSON.stringify(workspace.settings), updated_at: now })
    .where('id', '=', workspace.id)
    .execute();
}

/** A new secret key for a workspace; its plain text is returned once and stored only as a hash. */
export function createApiKey(
  writer: Writer,
  input: NewApiKey,
): Promise<{ record: ApiKeyRecord; plain: string }> {
  return writer.run(createApiKeyCommand, input);
}

export interface NewApiKey {
  workspaceId: string;
  name: string;
  now: number;
}

export const createApiKeyCommand = writeCommand(
  import.meta.url,
  'createApiKeyCommand',
  ({ db }, input: NewApiKey) => insertApiKey(db, input),
);

async function insertApiKey(db: DbOrTrx, input: NewApiKey): Promise<{ record: ApiKeyRecord; plain: string }> {
  const key = generateApiKey(newId('key', input.now));
  await db
    .insertInto('api_keys')
    .values({
      id: key.keyId,
      workspace_id: input.workspaceId,
      name: input.name,
      key_hash: key.hash,
      display_prefix: key.displayPrefix,
      created_at: input.now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return {
    plain: key.plain,
    record: {
      id: key.keyId,
      workspaceId: input.workspaceId,
      name: input.name,
      displayPrefix: key.displayPrefix,
      createdAt: input.now,
      lastUsedAt: null,
      revokedAt: null,
    },
  };
}

/** Revokes a key of this workspace; false when there is no such key (or it is another workspace's). */
export function revokeApiKey(writer: Writer, input: KeyRevocation): Promise<boolean> {
  return writer.run(revokeApiKeyCommand, input);
}

export interface KeyRevocation {
  workspaceId: string;
  keyId: string;
  now: number;
}

export const revokeApiKeyCommand = writeCommand(
  import.meta.url,
  'revokeApiKeyCommand',
  async ({ db }, input: KeyRevocation): Promise<boolean> => {
    const result = await db
      .updateTable('api_keys')
      .set({ revoked_at: input.now })
      .where('id', '=', input.keyId)
      .where('workspace_id', '=', input.workspaceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
);

export async function listApiKeys(db: DbOrTrx, workspaceId: string): Promise<ApiKeyRecord[]> {
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    displayPrefix: row.display_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}
