import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.js';

export interface DueEnrollment {
  enrollmentId: string;
  leadId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  status: string;
  dueAt: number;
  step: { position: number; subject: string };
}

/** The statuses that still send: everything else (replied, bounced, unsubscribed, completed, paused) stops. */
export const SENDING_STATUSES = ['not_contacted', 'sent', 'engaged'] as const;

/**
 * A campaign's enrollments whose next step is due at `now`, most overdue first: a range scan of the
 * `enr_cmp_due (workspace_id, campaign_id, next_due_at)` index. Only enrollments with a next step
 * (the step after `current_step` exists) are due; those past their last step wait for the sweeper.
 */
export async function findDueEnrollments(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  now: number,
  limit: number,
): Promise<DueEnrollment[]> {
  const rows = await db
    .selectFrom('enrollments as e')
    .innerJoin('campaign_steps as s', (join) =>
      join
        .onRef('s.workspace_id', '=', 'e.workspace_id')
        .onRef('s.campaign_id', '=', 'e.campaign_id')
        .on('s.position', '=', sql<number>`e.current_step + 1`),
    )
    .innerJoin('leads as l', (join) =>
      join.onRef('l.workspace_id', '=', 'e.workspace_id').onRef('l.id', '=', 'e.lead_id'),
    )
    .select([
      'e.id as enrollment_id',
      'e.lead_id',
      'e.status',
      'e.next_due_at',
      'l.email',
      'l.first_name',
      'l.last_name',
      'l.company',
      's.position',
      's.subject',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .where('e.next_due_at', 'is not', null)
    .where('e.next_due_at', '<=', now)
    .where('e.status', 'in', [...SENDING_STATUSES])
    .orderBy('e.next_due_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    enrollmentId: r.enrollment_id,
    leadId: r.lead_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    company: r.company,
    status: r.status,
    dueAt: r.next_due_at as number,
    step: { position: r.position, subject: r.subject },
  }));
}
