import { deriveStatus } from '@leadstatus/core';
import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { loadEnrollmentHistories } from './events.repository.js';

/** Enrollments whose histories are read per query. */
const PAGE = 500;

/*
 * Both run only from migration 0008, inside the migrate write command: `db` is a connection that may write.
 */

/**
 * Marks the opt-outs the engine fanned out before `events.propagated` existed: it stored them with
 * the metadata `{"propagated_from": "<enrollment id>"}` and nothing else. Returns how many it marked.
 */
export async function markPropagatedOptOuts(db: Db): Promise<number> {
  const result = await db
    .updateTable('events')
    .set({ propagated: 1 })
    .where('type', '=', 'unsubscribed')
    .where('propagated', '=', 0)
    .where('metadata', 'like', sql<string>`${'{"propagated_from":"%"}'}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Sets `enrollments.contacted` to what core derives from each enrollment's stored events, one
 * workspace and one page of enrollments at a time. Only enrollments with an event can be contacted,
 * and only those are read. Returns how many it marked contacted.
 */
export async function backfillContacted(db: Db): Promise<number> {
  let marked = 0;
  const workspaces = await db.selectFrom('workspaces').select('id').orderBy('id').execute();
  for (const { id: workspaceId } of workspaces) {
    let after = '';
    for (;;) {
      const page = await db
        .selectFrom('enrollments')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '>', after)
        .where('last_event_at', '>', 0)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (page.length === 0) break;
      const ids = page.map((r) => r.id);
      const histories = await loadEnrollmentHistories(db, workspaceId, ids);
      const contacted = ids.filter((id) => deriveStatus(histories.get(id) ?? []).contacted);
      if (contacted.length > 0) {
        await db
          .updateTable('enrollments')
          .set({ contacted: 1 })
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', contacted)
          .execute();
        marked += contacted.length;
      }
      after = ids[ids.length - 1] as string;
      if (page.length < PAGE) break;
    }
  }
  return marked;
}
