import { isCampaignIdShape } from '../campaigns/schemas.js';
import type { DbOrTrx } from '../db/database.js';
import { problems } from '../http/problem.js';

/** 404 unless the campaign exists in this workspace (another workspace's is "not found" too). */
export async function requireCampaign(db: DbOrTrx, workspaceId: string, campaignId: string): Promise<void> {
  // No query for what cannot be an id: MySQL refuses to compare non-ASCII text with the ASCII id column.
  if (!isCampaignIdShape(campaignId)) throw problems.notFound(`No campaign ${campaignId}.`);
  const row = await db
    .selectFrom('campaigns')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!row) throw problems.notFound(`No campaign ${campaignId}.`);
}

/** The leads of one campaign in some statuses, for enrolling or pausing by filter. */
export async function leadsInCampaign(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  statuses: readonly string[],
): Promise<Array<{ id: string; emailNormalized: string; enrollmentId: string }>> {
  const out: Array<{ id: string; emailNormalized: string; enrollmentId: string }> = [];
  let after = '';
  for (;;) {
    // Keyset by id in pages, so a big campaign never loads in one result set.
    let query = db
      .selectFrom('enrollments')
      .select(['id', 'lead_id', 'lead_email'])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000);
    if (statuses.length > 0) query = query.where('status', 'in', [...statuses] as never[]);
    const rows = await query.execute();
    for (const r of rows) out.push({ id: r.lead_id, emailNormalized: r.lead_email, enrollmentId: r.id });
    if (rows.length < 5000) return out;
    after = rows[rows.length - 1]?.id as string;
  }
}
