import type { DbOrTrx } from '../platform/db/database.js';
import { parseSettings, type WorkspaceSettings } from './workspace-settings.js';

/**
 * A workspace's settings (the rules depend on them), or undefined when there is no such workspace.
 * The engine's own read, so it needs nothing from the workspaces feature.
 */
export async function findWorkspaceSettings(
  db: DbOrTrx,
  workspaceId: string,
): Promise<WorkspaceSettings | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .select('settings')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row && parseSettings(row.settings);
}
