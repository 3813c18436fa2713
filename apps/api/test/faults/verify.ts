import { isDeepStrictEqual } from 'node:util';
import { deriveStatus } from '@leadstatus/core';
import { recountCounters } from '../../src/analytics/recount.js';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { stateFromRow } from '../../src/enrollments/enrollment-state.js';
import { loadEnrollmentHistories } from '../../src/events/events.repository.js';
import { findWorkspace } from '../../src/workspaces/workspaces.repository.js';

/**
 * Enrollments of the workspace whose stored state is not `deriveStatus` of their stored events: the
 * whole state (status, reason, base status, pause, soft-bounce streak, counters, last event), all but
 * the time of the last status change. Empty when nothing was lost or half-written.
 */
export async function enrollmentsNotDerived(
  database: DatabaseHandle,
  workspaceId: string,
): Promise<string[]> {
  const { db } = database;
  const workspace = await findWorkspace(db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };
  const rows = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const wrong: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const page = rows.slice(i, i + 500);
    const histories = await loadEnrollmentHistories(
      db,
      workspaceId,
      page.map((r) => r.id),
    );
    for (const row of page) {
      const derived = deriveStatus(histories.get(row.id) ?? [], options);
      const stored = stateFromRow(row);
      if (!isDeepStrictEqual({ ...stored, statusChangedAt: null }, { ...derived, statusChangedAt: null })) {
        wrong.push(`${row.id}: stored ${JSON.stringify(stored)}, derived ${JSON.stringify(derived)}`);
      }
    }
  }
  return wrong;
}

/** How many counter and daily rollup cells a recount from the stored events had to correct. */
export async function countersCorrectedByRecount(
  database: DatabaseHandle,
  workspaceId: string,
): Promise<number> {
  return (await recountCounters(database, { workspaceId })).corrected;
}

/** Stored events of the workspace whose external id starts with `prefix`, by external id. */
export async function storedExternalIds(
  database: DatabaseHandle,
  workspaceId: string,
  prefix: string,
): Promise<Map<string, number>> {
  const rows = await database.db
    .selectFrom('events')
    .select('external_id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'like', `${prefix}%`)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) if (r.external_id) counts.set(r.external_id, (counts.get(r.external_id) ?? 0) + 1);
  return counts;
}
