import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WebhookParamsSchema, WebhookPatchSchema, WebhookSchema } from '../schemas.js';
import { findSubscription, updateSubscription } from '../subscriptions.repository.js';
import { checkSubscriptionUrl, subscriptionToJson, whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'patch',
  path: '/v1/webhooks/{id}',
  tags: ['Webhooks'],
  summary: 'Change a webhook’s URL or event types, or disable or enable it',
  description:
    'A new `url` is checked like at creation. `enabled: true` re-enables a webhook disabled by hand or ' +
    'by a 410 Gone answer; it receives the status changes from then on.',
  request: {
    params: WebhookParamsSchema,
    body: {
      required: true,
      content: { 'application/json': { schema: WebhookPatchSchema, example: { enabled: false } } },
    },
  },
  responses: {
    200: { description: 'The updated webhook.', content: { 'application/json': { schema: WebhookSchema } } },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const updateWebhook = createRouter().openapi(route, async (c) => {
  const { db, writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const id = whkIdOrNotFound(c.req.valid('param').id);
  const patch = c.req.valid('json');
  const current = await findSubscription(db, workspaceId, id);
  if (!current) throw problems.notFound('No webhook with this id in your workspace.');
  const url =
    patch.url === undefined ? undefined : await checkSubscriptionUrl(patch.url, c.get('webhooks').policy);
  const row = await updateSubscription(writer, {
    workspaceId,
    id,
    patch: {
      ...(url !== undefined ? { url } : {}),
      ...(patch.event_types !== undefined ? { eventTypes: patch.event_types } : {}),
      ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
      now: clock.now(),
    },
  });
  // Deleted while its URL was being checked.
  if (!row) throw problems.notFound('No webhook with this id in your workspace.');
  return c.json(WebhookSchema.parse(subscriptionToJson(row)), 200);
});
