import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WebhookParamsSchema, WebhookSchema } from '../schemas.js';
import { findSubscription } from '../subscriptions.repository.js';
import { subscriptionToJson, whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}',
  tags: ['Webhooks'],
  summary: 'Get a webhook',
  description: 'Its URL, event types and whether it is enabled (never its secret).',
  request: { params: WebhookParamsSchema },
  responses: {
    200: { description: 'The webhook.', content: { 'application/json': { schema: WebhookSchema } } },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getWebhook = createRouter().openapi(route, async (c) => {
  const id = whkIdOrNotFound(c.req.valid('param').id);
  const row = await findSubscription(c.get('services').db, c.get('caller').workspaceId, id);
  if (!row) throw problems.notFound('No webhook with this id in your workspace.');
  return c.json(WebhookSchema.parse(subscriptionToJson(row)), 200);
});
