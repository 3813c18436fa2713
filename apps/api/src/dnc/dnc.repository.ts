import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../db/database.js';
import type { DncEntriesTable } from '../db/tables/dnc.js';
import { newId } from '../ids.js';

export type DncKind = DncEntriesTable['kind'];

export interface DncEntry {
  id: string;
  kind: DncKind;
  value: string;
  source: string;
  createdAt: number;
}

const fromRow = (r: DncEntriesTable): DncEntry => ({
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
  return { entry: fromRow(stored), created: stored.id === row.id };
}

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
  return row && fromRow(row);
}

export async function deleteDncEntry(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('dnc_entries')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

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
  return (await query.execute()).map(fromRow);
}
