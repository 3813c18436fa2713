import type { DbOrTrx } from '../../platform/db/database.js';

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
