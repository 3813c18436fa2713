import { isDeepStrictEqual } from 'node:util';
import { recountCounters } from '@leadstatus/api/analytics/recount';
import type { DatabaseHandle } from '@leadstatus/api/db/open-database';
import { stateFromRow } from '@leadstatus/api/enrollments/enrollment-state';
import { loadEnrollmentHistories } from '@leadstatus/api/events/events.repository';
import { findWorkspace } from '@leadstatus/api/workspaces/workspaces.repository';
import { deriveStatus } from '@leadstatus/core';

export interface Verdict {
  enrollments: number;
  /** Enrollments whose stored state is not `deriveStatus` of their stored events (lost updates). */
  mismatches: string[];
  /** Counter and rollup cells a recount had to correct (0 when the maintained ones were right). */
  countersCorrected: number;
}

/**
 * Every enrollment of the workspace against `deriveStatus` of its stored events (the whole state:
 * status, reason, base, pause and counters), then a recount of the analytics counters and rollups.
 */
export async function verifyWorkspace(database: DatabaseHandle, workspaceId: string): Promise<Verdict> {
  const { db } = database;
  const workspace = await findWorkspace(db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };
  const rows = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .execute();
  const mismatches: string[] = [];
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
        mismatches.push(`${row.id}: stored ${stored.status}, derived ${derived.status}`);
      }
    }
  }
  const recount = await recountCounters(database, { workspaceId });
  return { enrollments: rows.length, mismatches, countersCorrected: recount.corrected };
}
