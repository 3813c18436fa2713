import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../db/database.js';
import type { Subject } from './record-subjects.js';

/** Values per `IN (...)` list and rows per multi-row insert. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function insertSubjects(
  trx: DbOrTrx,
  workspaceId: string,
  key: string,
  subjects: readonly Subject[],
): Promise<void> {
  for (const chunk of chunks(subjects)) {
    await trx
      .insertInto('idempotency_subjects')
      .values(chunk.map((s) => ({ workspace_id: workspaceId, idempotency_key: key, ...s })))
      .execute();
  }
}

/** Deletes idempotency records with their subjects. */
export async function deleteRecords(
  trx: DbOrTrx,
  workspaceId: string,
  keys: readonly string[],
): Promise<void> {
  for (const chunk of chunks(keys)) {
    await trx
      .deleteFrom('idempotency_keys')
      .where('workspace_id', '=', workspaceId)
      .where('idempotency_key', 'in', chunk)
      .execute();
    await trx
      .deleteFrom('idempotency_subjects')
      .where('workspace_id', '=', workspaceId)
      .where('idempotency_key', 'in', chunk)
      .execute();
  }
}

export interface LeadIdentity {
  leadId: string;
  enrollmentIds: readonly string[];
  emails: readonly string[];
}

/**
 * The keys of the records that name the lead, its enrollments or its addresses. On MySQL the subject
 * rows are locked (a locking read sees the latest committed rows, and waits for a claim or completion
 * still writing them), so a record cannot gain the lead after this read and before the erasure commits.
 */
export async function keysAbout(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  lead: LeadIdentity,
): Promise<string[]> {
  const keys = new Set<string>();
  const groups: Array<[Subject['kind'], readonly string[]]> = [
    ['lead', [lead.leadId]],
    ['enrollment', lead.enrollmentIds],
    ['email', lead.emails],
  ];
  for (const [kind, values] of groups) {
    for (const chunk of chunks(values)) {
      let query = trx
        .selectFrom('idempotency_subjects')
        .select('idempotency_key')
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', kind)
        .where('value', 'in', chunk);
      if (dialect === 'mysql') query = query.forUpdate();
      for (const row of await query.execute()) keys.add(row.idempotency_key);
    }
  }
  return [...keys];
}

/**
 * Whether every lead and enrollment these subjects name still exists; on MySQL their rows are then
 * share-locked until the transaction ends, so an erasure waits for it (and then finds the subjects).
 */
export async function subjectsExist(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  subjects: readonly Subject[],
): Promise<boolean> {
  const ids = (kind: Subject['kind']) =>
    subjects
      .filter((s) => s.kind === kind)
      .map((s) => s.value)
      .sort();
  for (const [table, values] of [
    ['leads', ids('lead')],
    ['enrollments', ids('enrollment')],
  ] as const) {
    for (const chunk of chunks(values)) {
      let query = trx
        .selectFrom(table)
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', chunk);
      // `LOCK IN SHARE MODE` rather than `FOR SHARE`: MariaDB knows only the former.
      if (dialect === 'mysql') query = query.modifyEnd(sql`lock in share mode`);
      if ((await query.execute()).length !== chunk.length) return false;
    }
  }
  return true;
}
