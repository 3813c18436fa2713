import { verifyWebhook, WebhookVerificationError } from '@leadstatus/sdk/webhooks';

/**
 * A webhook endpoint for any fetch-style server (Hono, Next.js route handlers, Workers, Deno, Bun):
 * verify the raw body before trusting it, then answer 2xx quickly.
 */
export async function handleLeadStatusWebhook(request: Request, secret: string, seen: Set<string>) {
  const body = await request.text(); // the raw body: verify before any JSON parsing
  let event: Awaited<ReturnType<typeof verifyWebhook>>;
  try {
    event = await verifyWebhook(body, request.headers, secret);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return new Response(error.message, { status: 400 });
    throw error;
  }
  // `webhook-id` stays the same across retries of one message: skip the ones already handled.
  const id = request.headers.get('webhook-id') ?? '';
  if (!seen.has(id)) {
    seen.add(id);
    if (event.type === 'lead.status_changed') {
      const { lead_id, from, to } = event.data;
      await recordStatus(lead_id, from, to);
    }
  }
  return new Response(null, { status: 204 });
}

export const recorded: Array<{ leadId: string; from: string; to: string }> = [];
async function recordStatus(leadId: string, from: string, to: string) {
  recorded.push({ leadId, from, to });
}
