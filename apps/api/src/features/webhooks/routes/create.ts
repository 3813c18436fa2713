import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import {
  WebhookCreatedSchema,
  WebhookEventSchema,
  WebhookHeadersSchema,
  WebhookInputSchema,
} from '../schemas.js';
import { newWebhookSecret } from '../signature.js';
import { insertSubscription } from '../subscriptions.repository.js';
import { checkSubscriptionUrl, subscriptionToJson } from '../webhook-json.js';

const route = createRoute({
  method: 'post',
  path: '/v1/webhooks',
  tags: ['Webhooks'],
  summary: 'Subscribe an endpoint to webhooks',
  description:
    'Every status change from now on is POSTed to `url`, signed the Standard Webhooks way ' +
    '(`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`) ' +
    'with the `secret` returned here, shown only once. Failed deliveries are retried with exponential ' +
    'backoff for about two days; an endpoint answering 410 Gone is disabled. The URL must be `https` and ' +
    'must not resolve to a private or loopback address. At most 20 webhooks per workspace.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: WebhookInputSchema,
          example: {
            url: 'https://partner.example/webhooks/lead-status',
            event_types: ['lead.status_changed'],
          },
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Subscribed; `secret` is not shown again.',
      content: { 'application/json': { schema: WebhookCreatedSchema } },
    },
    ...problemResponses(400, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const createWebhook = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const runtime = c.get('webhooks');
  const { workspaceId } = c.get('caller');
  const input = c.req.valid('json');
  const url = await checkSubscriptionUrl(input.url, runtime.policy);
  const secret = newWebhookSecret();
  // Counted in the same transaction as the insert: two creations at once cannot both pass the limit.
  const row = await insertSubscription(writer, {
    workspaceId,
    url,
    eventTypes: input.event_types ?? ['lead.status_changed'],
    secret,
    now: clock.now(),
    maxSubscriptions: runtime.maxSubscriptions,
  });
  if (!row) {
    throw problems.conflict(
      `A workspace has at most ${runtime.maxSubscriptions} webhooks; delete one first.`,
    );
  }
  return c.json(WebhookCreatedSchema.parse({ ...subscriptionToJson(row), secret }), 201);
});

// The outgoing request, in the document's `webhooks` section, so partners get its body type.
createWebhook.openAPIRegistry.registerWebhook({
  method: 'post',
  path: 'lead.status_changed',
  tags: ['Webhooks'],
  summary: 'A lead’s status changed in a campaign',
  description:
    'Sent to each enabled subscription. Verify `webhook-signature` with the subscription secret before ' +
    'trusting the body; `webhook-id` is the same on every retry of a message (deduplicate on it).',
  request: {
    headers: WebhookHeadersSchema,
    body: { required: true, content: { 'application/json': { schema: WebhookEventSchema } } },
  },
  responses: {
    200: {
      description:
        'Any 2xx marks the delivery delivered; 410 disables the subscription; anything else is retried.',
    },
  },
});
