import { type DncEntry, type DncKind, dncEntryFromRow } from '../../engine/dnc-entries.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';

/** Which of these e-mails and domains are listed: for blocking enrollments. */
export async function findDncMatches(
  db: DbOrTrx,
  workspaceId: string,
  emails: readonly string[],
  domains: readonly string[],
): Promise<{ emails: Set<string>; domains: Set<string> }> {
  const result = { emails: new Set<string>(), domains: new Set<string>() };
  if (emails.length === 0 && domains.length === 0) return result;
  const rows = await db
    .selectFrom('dnc_entries')
    .select(['kind', 'value'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(emails.length > 0 ? [eb.and([eb('kind', '=', 'email'), eb('value', 'in', emails)])] : []),
        ...(domains.length > 0 ? [eb.and([eb('kind', '=', 'domain'), eb('value', 'in', domains)])] : []),
      ]),
    )
    .execute();
  for (const r of rows) (r.kind === 'email' ? result.emails : result.domains).add(r.value);
  return result;
}

export async function findDncEntry(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<DncEntry | undefined> {
  const row = await db
    .selectFrom('dnc_entries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && dncEntryFromRow(row);
}

/** Removes an entry; false when this workspace has no such entry. */
export function deleteDncEntry(writer: Writer, workspaceId: string, id: string): Promise<boolean> {
  return writer.run(deleteDncEntryCommand, { workspaceId, id });
}

export const deleteDncEntryCommand = writeCommand(
  import.meta.url,
  'deleteDncEntryCommand',
  async ({ db }, { workspaceId, id }: { workspaceId: string; id: string }): Promise<boolean> => {
    const result = await db
      .deleteFrom('dnc_entries')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
);

/** A page of entries, newest first, keyset on id. */
export async function listDncEntries(
  db: DbOrTrx,
  workspaceId: string,
  page: { limit: number; beforeId?: string; kind?: DncKind; contains?: string },
): Promise<DncEntry[]> {
  let query = db
    .selectFrom('dnc_entries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (page.beforeId) query = query.where('id', '<', page.beforeId);
  if (page.kind) query = query.where('kind', '=', page.kind);
  if (page.contains) {
    const needle = page.contains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    query = query.where('value', 'like', `%${needle}%`);
  }
  return (await query.execute()).map(dncEntryFromRow);
}
