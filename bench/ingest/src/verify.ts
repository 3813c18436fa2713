import { isDeepStrictEqual } from 'node:util';
import { stateFromRow } from '@leadstatus/api/engine/enrollment-state';
import { loadEnrollmentHistory } from '@leadstatus/api/engine/events.repository';
import { readCounters } from '@leadstatus/api/features/analytics/counters.repository';
import type { Db } from '@leadstatus/api/platform/db/database';
import { deriveStatus } from '@leadstatus/core';

/**
 * Speed means nothing if the result is wrong: checks that a sample of enrollments hold exactly
 * `deriveStatus` of their stored events, and that the campaign's status counters match its rows.
 * Returns the problems found (none when all is well).
 */
export async function verifyOutcome(
  db: Db,
  workspaceId: string,
  campaignId: string,
  sample: number,
): Promise<string[]> {
  const problems: string[] = [];
  const rows = await db
    .selectFrom('enrollments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .orderBy('id')
    .execute();
  const step = Math.max(1, Math.floor(rows.length / sample));
  for (let i = 0; i < rows.length; i += step) {
    const row = rows[i];
    if (!row) continue;
    const derived = deriveStatus(await loadEnrollmentHistory(db, workspaceId, row.id));
    const stored = stateFromRow(row);
    if (!isDeepStrictEqual({ ...stored, statusChangedAt: null }, { ...derived, statusChangedAt: null })) {
      problems.push(`enrollment ${row.id}: stored ${stored.status}, derived ${derived.status}`);
    }
  }
  const expected = new Map<string, number>();
  for (const row of rows)
    expected.set(`status:${row.status}`, (expected.get(`status:${row.status}`) ?? 0) + 1);
  const counters = (await readCounters(db, workspaceId, [campaignId])).get(campaignId) ?? new Map();
  for (const [metric, value] of counters) {
    if (metric.startsWith('status:') && value !== (expected.get(metric) ?? 0)) {
      problems.push(`counter ${metric} is ${value}, rows say ${expected.get(metric) ?? 0}`);
    }
  }
  for (const [metric, value] of expected) {
    if (!counters.has(metric)) problems.push(`counter ${metric} is missing, rows say ${value}`);
  }
  return problems;
}
