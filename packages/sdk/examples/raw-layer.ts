import type { LeadStatusClient } from '@leadstatus/sdk';

/** Any operation of the OpenAPI document, typed from it; errors are returned, not thrown. */
export async function statusesByPath(client: LeadStatusClient, campaignId: string) {
  const { data, error, response } = await client.GET('/v1/campaigns/{id}/leads', {
    params: { path: { id: campaignId }, query: { status: ['replied', 'engaged'], limit: 10 } },
  });
  if (!response.ok) return { failed: error?.title ?? response.statusText };
  return { statuses: data?.data.map((row) => row.status) ?? [] };
}
