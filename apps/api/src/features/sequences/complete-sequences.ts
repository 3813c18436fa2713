import { recordEvents } from '../../engine/record-events.js';
import { recordedEvent } from '../../engine/recorded-event.js';
import type { Services } from '../../platform/services/services.js';
import { type DuePosition, dueAfter } from './due-after.js';

const PAGE = 500;

/**
 * Records `sequence_completed` for a workspace's enrollments whose last step was sent and whose
 * final wait passed with no reply: still sending (`sent` or `engaged`, so never paused, replied,
 * bounced or unsubscribed), at or past the last step, and due (`next_due_at`, which the last send set
 * to its time plus the final wait). Each event's external id is `seqdone:<enrollment id>`, so
 * sweepers racing in several processes record it once: the others' are duplicates.
 */
export async function completeSequences(services: Services, workspaceId: string): Promise<number> {
  const { db } = services;
  const now = services.clock.now();
  const campaigns = await db
    .selectFrom('campaign_steps')
    .select(['campaign_id', (eb) => eb.fn.max('position').as('last_step')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('campaign_id')
    .execute();
  let completed = 0;
  for (const campaign of campaigns) {
    const lastStep = Number(campaign.last_step);
    let after: DuePosition | null = null;
    for (;;) {
      let query = db
        .selectFrom('enrollments')
        .select(['id', 'lead_id', 'next_due_at'])
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaign.campaign_id)
        .where('next_due_at', '<=', now)
        .where('current_step', '>=', lastStep)
        .where('status', 'in', ['sent', 'engaged'])
        .orderBy('next_due_at')
        .orderBy('id')
        .limit(PAGE);
      if (after) query = query.where(dueAfter('next_due_at', after));
      const rows = await query.execute();
      if (rows.length === 0) break;
      const results = await recordEvents(services, {
        workspaceId,
        source: 'sweeper',
        events: rows.map((row) =>
          recordedEvent({
            enrollmentId: row.id,
            campaignId: campaign.campaign_id,
            leadId: row.lead_id,
            type: 'sequence_completed',
            // When the final wait ended, not when this sweep noticed it.
            occurredAt: Math.min(row.next_due_at as number, now),
            externalId: `seqdone:${row.id}`,
            metadata: { source: 'sweeper' },
          }),
        ),
      });
      completed += results.filter((r) => r.result === 'applied').length;
      const last = rows[rows.length - 1] as (typeof rows)[number];
      after = { time: last.next_due_at as number, id: last.id };
      if (rows.length < PAGE) break;
    }
  }
  return completed;
}
