import { recordEvents } from '../../engine/record-events.js';
import { recordedEvent } from '../../engine/recorded-event.js';
import type { Services } from '../../platform/services/services.js';
import { type DuePosition, dueAfter } from './due-after.js';

const PAGE = 500;

/**
 * Resumes a workspace's out-of-office holds whose end has come (`paused_until`): a `resumed` event
 * with reason `out_of_office`, which ends only such a hold (a pause made manual meanwhile stays).
 * Its external id names the hold's end, so sweepers racing in several processes record it once and a
 * later hold of the same enrollment gets its own.
 */
export async function endOutOfOfficeHolds(services: Services, workspaceId: string): Promise<number> {
  const now = services.clock.now();
  let ended = 0;
  let after: DuePosition | null = null;
  for (;;) {
    let query = services.db
      .selectFrom('enrollments')
      .select(['id', 'campaign_id', 'lead_id', 'paused_until'])
      .where('workspace_id', '=', workspaceId)
      .where('paused_until', '<=', now)
      .where('pause_reason', '=', 'out_of_office')
      .orderBy('paused_until')
      .orderBy('id')
      .limit(PAGE);
    if (after) query = query.where(dueAfter('paused_until', after));
    const rows = await query.execute();
    if (rows.length === 0) break;
    const results = await recordEvents(services, {
      workspaceId,
      source: 'sweeper',
      events: rows.map((row) =>
        recordedEvent({
          enrollmentId: row.id,
          campaignId: row.campaign_id,
          leadId: row.lead_id,
          type: 'resumed',
          reason: 'out_of_office',
          // When the hold ended, not when this sweep noticed it.
          occurredAt: row.paused_until as number,
          externalId: `oooend:${row.id}:${row.paused_until}`,
          metadata: { source: 'sweeper' },
        }),
      ),
    });
    ended += results.filter((r) => r.result === 'applied').length;
    const last = rows[rows.length - 1] as (typeof rows)[number];
    after = { time: last.paused_until as number, id: last.id };
    if (rows.length < PAGE) break;
  }
  return ended;
}
