import { BUILTIN_LABELS, type LabelInfo } from '@leadstatus/core';
import type { DbOrTrx } from '../../platform/db/database.js';

export interface Label extends LabelInfo {
  builtin: boolean;
}

/** A workspace's labels: the built-in ones, then its own by name. */
export async function labelCatalog(db: DbOrTrx, workspaceId: string): Promise<Label[]> {
  const own = await db
    .selectFrom('labels')
    .select(['key', 'name', 'sentiment'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('key')
    .execute();
  return [
    ...BUILTIN_LABELS.map((label) => ({ ...label, builtin: true })),
    ...own.map((label) => ({ ...label, builtin: false })),
  ];
}
