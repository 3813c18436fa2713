import type { TrackingApp } from '../../tracking/test-support/tracking-app.js';

export const MINUTE = 60_000;

/** A workspace with `count` leads, each sent step 1 (at the app clock's now), and its provider set up. */
export async function withMessages(
  t: TrackingApp,
  count: number,
  provider?: { name: string; config: Record<string, unknown> },
) {
  const ctx = await t.setup(count);
  const leads = [];
  for (const lead of ctx.leads) {
    const { body } = await t.sendMessage(ctx.key, {
      campaign_id: ctx.campaignId,
      lead_id: lead.leadId,
      step: 1,
    });
    leads.push({ ...lead, messageId: body.message_id as string, sentAt: t.clock.now() });
  }
  if (provider) {
    const response = await t.request(`/v1/providers/${provider.name}`, {
      method: 'PUT',
      key: ctx.key,
      json: provider.config,
    });
    if (response.status !== 200)
      throw new Error(`provider setup failed: ${response.status} ${await response.text()}`);
  }
  return { ...ctx, leads };
}

export function post(t: TrackingApp, path: string, body: string, headers: Record<string, string>) {
  return t.request(path, { method: 'POST', headers, body });
}
