import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../platform/db/database.js';
import type { DncEntriesTable } from '../platform/db/tables/dnc.js';
import { newId } from '../platform/ids.js';

export type DncKind = DncEntriesTable['kind'];

export interface DncEntry {
  id: string;
  kind: DncKind;
  value: string;
  source: string;
  createdAt: number;
}

export const dncEntryFromRow = (r: DncEntriesTable): DncEntry => ({
  id: r.id,
  kind: r.kind,
  value: r.value,
  source: r.source,
  createdAt: r.created_at,
});

/**
 * Adds an entry unless the same (kind, value) is already listed; returns the entry that is listed
 * afterwards and whether this call created it. Safe under concurrency (the unique key decides).
 */
export async function addDncEntry(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  entry: { kind: DncKind; value: string; source: string; now: number },
): Promise<{ entry: DncEntry; created: boolean }> {
  const row: DncEntriesTable = {
    workspace_id: workspaceId,
    id: newId('dnc', entry.now),
    kind: entry.kind,
    value: entry.value,
    source: entry.source,
    created_at: entry.now,
  };
  const insert = trx.insertInto('dnc_entries').values(row);
  if (dialect === 'mysql') {
    await insert.onDuplicateKeyUpdate({ id: sql`id` }).execute();
  } else {
    await insert.onConflict((oc) => oc.columns(['workspace_id', 'kind', 'value']).doNothing()).execute();
  }
  const stored = await trx
    .selectFrom('dnc_entries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', entry.kind)
    .where('value', '=', entry.value)
    .executeTakeFirstOrThrow();
  return { entry: dncEntryFromRow(stored), created: stored.id === row.id };
}
