import { consistencyProblems } from '@leadstatus/api/engine/derived-state-check';
import { recountCounters } from '@leadstatus/api/engine/recount';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';

export interface Verdict {
  enrollments: number;
  /**
   * Enrollments whose stored state is not `deriveStatus` of their stored events (lost updates), and
   * opted-out leads not opted out everywhere (consistencyProblems).
   */
  mismatches: string[];
  /** Counter and rollup cells a recount had to correct (0 when the maintained ones were right). */
  countersCorrected: number;
}

/**
 * Every enrollment of the workspace against `deriveStatus` of its stored events (the whole state:
 * status, reason, base, pause, counters and times), the opt-out rules across records, then a recount
 * of the analytics counters and rollups.
 */
export async function verifyWorkspace(database: DatabaseHandle, workspaceId: string): Promise<Verdict> {
  const enrollments = await database.db
    .selectFrom('enrollments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const mismatches = await consistencyProblems(database.db, workspaceId);
  const recount = await recountCounters(database, { workspaceId });
  return { enrollments: Number(enrollments.n), mismatches, countersCorrected: recount.corrected };
}
