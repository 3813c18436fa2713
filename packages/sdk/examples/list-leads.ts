import type { LeadStatusClient } from '@leadstatus/sdk';

/** One page of a campaign's replied and engaged leads, and the cursor of the next page. */
export async function firstPage(client: LeadStatusClient, campaignId: string) {
  const page = await client.leads.list({
    campaign_id: [campaignId],
    status: ['replied', 'engaged'],
    sort: '-status_changed_at',
    limit: 50,
  });
  return { rows: page.data, next: page.next_cursor }; // pass `next` as `cursor` for the next page
}

/** Every matching row, however many pages: `iterate` fetches the next page only when needed. */
export async function emailsOfRepliedLeads(client: LeadStatusClient, campaignId: string) {
  const emails: string[] = [];
  for await (const row of client.leads.iterate({ campaign_id: [campaignId], status: ['replied'] })) {
    emails.push(row.lead.email);
  }
  return emails;
}
