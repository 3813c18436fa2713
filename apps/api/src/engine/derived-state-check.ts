import { isDeepStrictEqual } from 'node:util';
import { deriveStatus } from '@leadstatus/core';
import type { Db } from '../platform/db/database.js';
import { stateFromRow } from './enrollment-state.js';
import { loadEnrollmentHistories } from './events.repository.js';
import { optOutsNotApplied } from './opt-out-check.js';
import { findWorkspaceSettings } from './workspace-settings.repository.js';

/** Enrollments whose histories are loaded per query. */
const PAGE = 500;

/**
 * Everything the stored data of a workspace promises and does not keep: each enrollment against its
 * own events (`enrollmentsNotDerived`), then the rules across records (`optOutsNotApplied`). Empty
 * when nothing was lost or half-written. Used by the fault and concurrency tests and the load
 * benchmark; it reads every enrollment, so it is no request-time check.
 */
export async function consistencyProblems(db: Db, workspaceId: string): Promise<string[]> {
  return [...(await enrollmentsNotDerived(db, workspaceId)), ...(await optOutsNotApplied(db, workspaceId))];
}

/**
 * Enrollments of the workspace whose stored state is not `deriveStatus` of their stored events: the
 * whole state (status, reason, base status, pause, soft-bounce streak, counters, the time of the last
 * event and of the last status change, which every list sorts by). An enrollment whose status never
 * changed keeps the time it was enrolled.
 */
export async function enrollmentsNotDerived(db: Db, workspaceId: string): Promise<string[]> {
  const settings = await findWorkspaceSettings(db, workspaceId);
  const options = { filterMachineEvents: settings?.filter_machine_events ?? true };
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
      const expected = { ...derived, statusChangedAt: derived.statusChangedAt ?? row.created_at };
      const stored = stateFromRow(row);
      if (!isDeepStrictEqual(stored, expected)) {
        wrong.push(`${row.id}: stored ${JSON.stringify(stored)}, derived ${JSON.stringify(expected)}`);
      }
    }
  }
  return wrong;
}
