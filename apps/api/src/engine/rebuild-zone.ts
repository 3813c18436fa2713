import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/database.js';
import { deleteDailyRows, insertDailyTotals, storedTrendEvents } from './daily-rollups.repository.js';
import { DailyTally } from './daily-tally.js';
import { UTC, zoneCalendar } from './time-zones.js';

/** Enrollments whose events are read per query while rebuilding. */
const PAGE = 1000;

/**
 * Rebuilds one zone's rollups of a workspace from its stored events, in the caller's transaction:
 * the zone's rows are replaced by totals counted enrollment page by enrollment page (memory stays
 * bounded by the number of cells, not of events).
 */
export async function rebuildZoneRollups(
  trx: Transaction<Database>,
  workspaceId: string,
  zone: string,
): Promise<void> {
  await deleteDailyRows(trx, workspaceId, { zone });
  const tally = new DailyTally([zoneCalendar(zone)]);
  let after: string | undefined;
  for (;;) {
    let query = trx
      .selectFrom('enrollments')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .limit(PAGE);
    if (after !== undefined) query = query.where('id', '>', after);
    const page = (await query.execute()).map((r) => r.id);
    for (const event of await storedTrendEvents(trx, workspaceId, page)) tally.add(event);
    tally.forgetSeen();
    if (page.length < PAGE) break;
    after = page[page.length - 1];
  }
  await insertDailyTotals(trx, workspaceId, tally.deltas());
}

/**
 * Moves the reporting zone's rollups from `from` to `to` (zone names as stored in the settings):
 * the old zone's rows go unless it is UTC (always kept), the new zone is rebuilt unless it is UTC.
 * Call it with the workspace row locked for update, so no transaction counts in the old zone meanwhile.
 */
export async function moveReportingZone(
  trx: Transaction<Database>,
  workspaceId: string,
  from: string,
  to: string,
): Promise<void> {
  if (from === to) return;
  if (from !== UTC) await deleteDailyRows(trx, workspaceId, { zone: from });
  if (to !== UTC) await rebuildZoneRollups(trx, workspaceId, to);
}
