import { isDeepStrictEqual } from 'node:util';
import { deriveStatus } from '@leadstatus/core';
import type { Db } from '../db/database.js';
import { stateFromRow } from '../enrollments/enrollment-state.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { loadEnrollmentHistories } from './events.repository.js';

/** Enrollments whose histories are loaded per query. */
const PAGE = 500;

/**
 * Enrollments of the workspace whose stored state is not `deriveStatus` of their stored events: the
 * whole state (status, reason, base status, pause, soft-bounce streak, counters, last event), all but
 * the time of the last status change. Empty when no update was lost or half-written. Used by the
 * fault tests and the load benchmark; it reads every enrollment, so it is no request-time check.
 */
export async function enrollmentsNotDerived(db: Db, workspaceId: string): Promise<string[]> {
  const workspace = await findWorkspace(db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };
  const rows = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const wrong: string[] = [];
  for (let i = 0; i < rows.length; i += PAGE) {
    const page = rows.slice(i, i + PAGE);
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
