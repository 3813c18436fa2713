import type { StatusReason } from '@leadstatus/core';
import type { Db } from '../platform/db/database.js';

/** The unsubscribe reasons that are the lead's own opt-out (or its address listed): they reach every campaign. */
const OPT_OUT_REASONS: StatusReason[] = ['link', 'one_click', 'reply', 'complaint', 'dnc_list'];
const CHUNK = 500;

/**
 * The rule across records that opting out promises (DESIGN.md): a lead with an applied opt-out (an
 * enrollment unsubscribed for one of OPT_OUT_REASONS) has every enrollment unsubscribed, or blocked
 * as `opted_out` when it was enrolled after, and its e-mail on the DNC list. Returns one line per
 * lead that breaks it. (A DNC entry deleted by hand afterwards breaks it too: not for such workspaces.)
 */
export async function optOutsNotApplied(db: Db, workspaceId: string): Promise<string[]> {
  const optedOut = await db
    .selectFrom('enrollments')
    .select('lead_id')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'unsubscribed')
    .where('status_reason', 'in', OPT_OUT_REASONS)
    .execute();
  const wrong: string[] = [];
  for (let i = 0; i < optedOut.length; i += CHUNK) {
    const leadIds = optOutsChunk(optedOut, i);
    const leads = await db
      .selectFrom('leads')
      .select(['id', 'email_normalized'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', leadIds)
      .execute();
    const listed = new Set(
      (
        await db
          .selectFrom('dnc_entries')
          .select('value')
          .where('workspace_id', '=', workspaceId)
          .where('kind', '=', 'email')
          .where(
            'value',
            'in',
            leads.map((l) => l.email_normalized),
          )
          .execute()
      ).map((e) => e.value),
    );
    const stillOpen = await db
      .selectFrom('enrollments')
      .select(['id', 'lead_id', 'status', 'status_reason'])
      .where('workspace_id', '=', workspaceId)
      .where('lead_id', 'in', leadIds)
      .where('status', '!=', 'unsubscribed')
      .execute();
    for (const lead of leads) {
      if (!listed.has(lead.email_normalized))
        wrong.push(`${lead.id}: opted out, but ${lead.email_normalized} is not on the DNC list`);
    }
    for (const e of stillOpen) {
      if (e.status === 'bounced' && e.status_reason === 'opted_out') continue;
      wrong.push(
        `${e.lead_id}: opted out, but enrollment ${e.id} is ${e.status}${e.status_reason ? ` (${e.status_reason})` : ''}`,
      );
    }
  }
  return wrong;
}

const optOutsChunk = (rows: ReadonlyArray<{ lead_id: string }>, from: number) =>
  rows.slice(from, from + CHUNK).map((r) => r.lead_id);
