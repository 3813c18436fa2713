import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { attemptsOf, findDelivery, requeueDelivery } from '../deliveries.repository.js';
import { DeliveryParamsSchema, WebhookDeliverySchema } from '../schemas.js';
import { findSubscription } from '../subscriptions.repository.js';
import { deliveryToJson, dlvIdOrNotFound, whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/deliveries/{delivery_id}/replay',
  tags: ['Webhooks'],
  summary: 'Send a delivery again now',
  description:
    'Queues the same message (same body and `webhook-id`, a fresh timestamp and signature) for an attempt ' +
    'now, with a fresh round of retries; watch the log for the result. Works for delivered and failed ' +
    'deliveries alike. 409 while the webhook is disabled or the delivery is being sent.',
  request: { params: DeliveryParamsSchema },
  responses: {
    202: {
      description: 'Queued; the attempt follows within moments.',
      content: { 'application/json': { schema: WebhookDeliverySchema } },
    },
    ...problemResponses(404, 409, ...AUTHENTICATED_PROBLEMS),
  },
});

export const replayWebhookDelivery = createRouter().openapi(route, async (c) => {
  const { db, writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const params = c.req.valid('param');
  const id = whkIdOrNotFound(params.id);
  const deliveryId = dlvIdOrNotFound(params.delivery_id);
  const subscription = await findSubscription(db, workspaceId, id);
  if (!subscription) throw problems.notFound('No webhook with this id in your workspace.');
  if (!(await findDelivery(db, workspaceId, id, deliveryId))) {
    throw problems.notFound('No delivery with this id for this webhook.');
  }
  if (subscription.enabled !== 1) {
    throw problems.conflict('The webhook is disabled; enable it (PATCH enabled: true) before replaying.');
  }
  if (
    !(await requeueDelivery(writer, { workspaceId, subscriptionId: id, id: deliveryId, now: clock.now() }))
  ) {
    throw problems.conflict('The delivery is being sent right now; try again in a few seconds.');
  }
  c.get('webhooks').worker.wake();
  const row = await findDelivery(db, workspaceId, id, deliveryId);
  if (!row) throw problems.notFound('No delivery with this id for this webhook.');
  const attempts = await attemptsOf(db, workspaceId, [row.id]);
  return c.json(WebhookDeliverySchema.parse(deliveryToJson(row, attempts.get(row.id) ?? [])), 202);
});
