import type { DbOrTrx } from '../../platform/db/database.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import type { ProviderName } from './providers/inbound-event.js';

export interface ProviderRecord {
  provider: ProviderName;
  config: Record<string, unknown>;
  state: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function toRecord(row: {
  provider: string;
  config: string;
  state: string;
  created_at: number;
  updated_at: number;
}): ProviderRecord {
  return {
    provider: row.provider as ProviderName,
    config: parseObject(row.config),
    state: parseObject(row.state),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findProvider(
  db: DbOrTrx,
  workspaceId: string,
  provider: ProviderName,
): Promise<ProviderRecord | undefined> {
  const row = await db
    .selectFrom('inbound_providers')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return row && toRecord(row);
}

export async function listProviders(db: DbOrTrx, workspaceId: string): Promise<ProviderRecord[]> {
  const rows = await db
    .selectFrom('inbound_providers')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('provider')
    .execute();
  return rows.map(toRecord);
}

export interface ProviderKey {
  workspaceId: string;
  provider: ProviderName;
}

/** Sets a provider's config (insert or replace); a new config starts with an empty state. */
export function saveProvider(
  writer: Writer,
  input: ProviderKey & { config: Record<string, unknown>; now: number },
): Promise<void> {
  return writer.run(saveProviderCommand, input);
}

export const saveProviderCommand = writeCommand(
  import.meta.url,
  'saveProviderCommand',
  async (
    { db },
    { workspaceId, provider, config, now }: ProviderKey & { config: Record<string, unknown>; now: number },
  ): Promise<void> => {
    const update = () =>
      db
        .updateTable('inbound_providers')
        .set({ config: JSON.stringify(config), state: '{}', updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('provider', '=', provider)
        .executeTakeFirst();
    if (Number((await update()).numUpdatedRows) > 0) return;
    try {
      await db
        .insertInto('inbound_providers')
        .values({
          workspace_id: workspaceId,
          provider,
          config: JSON.stringify(config),
          state: '{}',
          created_at: now,
          updated_at: now,
        })
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await update();
    }
  },
);

export function saveProviderState(
  writer: Writer,
  input: ProviderKey & { state: Record<string, unknown> },
): Promise<void> {
  return writer.run(saveProviderStateCommand, input);
}

export const saveProviderStateCommand = writeCommand(
  import.meta.url,
  'saveProviderStateCommand',
  async (
    { db },
    { workspaceId, provider, state }: ProviderKey & { state: Record<string, unknown> },
  ): Promise<void> => {
    await db
      .updateTable('inbound_providers')
      .set({ state: JSON.stringify(state) })
      .where('workspace_id', '=', workspaceId)
      .where('provider', '=', provider)
      .execute();
  },
);

/** False when the workspace has no settings for this provider. */
export function deleteProvider(writer: Writer, input: ProviderKey): Promise<boolean> {
  return writer.run(deleteProviderCommand, input);
}

export const deleteProviderCommand = writeCommand(
  import.meta.url,
  'deleteProviderCommand',
  async ({ db }, { workspaceId, provider }: ProviderKey): Promise<boolean> => {
    const result = await db
      .deleteFrom('inbound_providers')
      .where('workspace_id', '=', workspaceId)
      .where('provider', '=', provider)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
);
