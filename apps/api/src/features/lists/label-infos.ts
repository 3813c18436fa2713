import { BUILTIN_LABELS, type LabelInfo } from '@leadstatus/core';
import type { DbOrTrx } from '../../platform/db/database.js';

const BUILTIN = new Map(BUILTIN_LABELS.map((label) => [label.key, label]));

/** The labels of these keys (built-in ones from core, the workspace's own read), for list rows. */
export async function labelInfos(
  db: DbOrTrx,
  workspaceId: string,
  keys: Iterable<string | null>,
): Promise<Map<string, LabelInfo>> {
  const infos = new Map<string, LabelInfo>();
  const own = new Set<string>();
  for (const key of keys) {
    if (key === null) continue;
    const builtin = BUILTIN.get(key);
    if (builtin) infos.set(key, builtin);
    else own.add(key);
  }
  if (own.size > 0) {
    const rows = await db
      .selectFrom('labels')
      .select(['key', 'name', 'sentiment'])
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', [...own])
      .execute();
    for (const row of rows) infos.set(row.key, row);
  }
  return infos;
}

/** A row's label as the API shows it: null when it has none (or its label is gone). */
export function labelJson(key: string | null, infos: ReadonlyMap<string, LabelInfo>) {
  const info = key === null ? undefined : infos.get(key);
  return info ? { key: info.key, name: info.name, sentiment: info.sentiment } : null;
}
