import type { Db } from '../../src/platform/db/database.js';

/**
 * Every row of every tenant table (those with a `workspace_id` column) that belongs to one
 * workspace, as sorted JSON: equal snapshots mean nothing of that workspace changed.
 */
export async function snapshotWorkspace(db: Db, workspaceId: string): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  const snapshot: Record<string, string[]> = {};
  for (const table of tables) {
    if (!table.columns.some((column) => column.name === 'workspace_id')) continue;
    const rows = await db
      // biome-ignore lint/suspicious/noExplicitAny: the table name comes from introspection.
      .selectFrom(table.name as any)
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    snapshot[table.name] = rows
      .map((row) => JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? String(v) : v)))
      .sort();
  }
  return snapshot;
}
