import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WebhookParamsSchema } from '../schemas.js';
import { deleteSubscription } from '../subscriptions.repository.js';
import { whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/webhooks/{id}',
  tags: ['Webhooks'],
  summary: 'Delete a webhook',
  description: 'Stops its deliveries and deletes its delivery log.',
  request: { params: WebhookParamsSchema },
  responses: {
    204: { description: 'Deleted.' },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const deleteWebhook = createRouter().openapi(route, async (c) => {
  const id = whkIdOrNotFound(c.req.valid('param').id);
  if (!(await deleteSubscription(c.get('services').writer, c.get('caller').workspaceId, id))) {
    throw problems.notFound('No webhook with this id in your workspace.');
  }
  return c.body(null, 204);
});
