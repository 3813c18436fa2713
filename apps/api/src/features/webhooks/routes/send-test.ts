import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { newId } from '../../../platform/ids.js';
import { queueDeliveries } from '../deliveries.repository.js';
import { TEST_EVENT_TYPE, testEventBody } from '../payload.js';
import { WebhookDeliverySchema, WebhookParamsSchema } from '../schemas.js';
import { findSubscription } from '../subscriptions.repository.js';
import { deliveryToJson, whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'post',
  path: '/v1/webhooks/{id}/test',
  tags: ['Webhooks'],
  summary: 'Send a test event',
  description:
    'Queues a `webhook.test` message to the endpoint, signed like every delivery, to check that it ' +
    'receives and verifies them. It appears in the delivery log and is retried like any other.',
  request: { params: WebhookParamsSchema },
  responses: {
    202: {
      description: 'Queued; the attempt follows within moments.',
      content: { 'application/json': { schema: WebhookDeliverySchema } },
    },
    ...problemResponses(404, 409, ...AUTHENTICATED_PROBLEMS),
  },
});

export const sendWebhookTest = createRouter().openapi(route, async (c) => {
  const { db, writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const id = whkIdOrNotFound(c.req.valid('param').id);
  const subscription = await findSubscription(db, workspaceId, id);
  if (!subscription) throw problems.notFound('No webhook with this id in your workspace.');
  if (subscription.enabled !== 1) {
    throw problems.conflict('The webhook is disabled; enable it (PATCH enabled: true) first.');
  }
  const now = clock.now();
  const deliveryId = newId('dlv', now);
  const row = {
    workspace_id: workspaceId,
    id: deliveryId,
    subscription_id: id,
    change_id: null,
    event_type: TEST_EVENT_TYPE,
    payload: testEventBody(deliveryId, id, now),
    status: 'pending' as const,
    attempt_count: 0,
    round_attempts: 0,
    next_attempt_at: now,
    locked_until: null,
    last_status_code: null,
    last_error: null,
    delivered_at: null,
    created_at: now,
    updated_at: now,
  };
  await queueDeliveries(writer, [row]);
  c.get('webhooks').worker.wake();
  return c.json(WebhookDeliverySchema.parse(deliveryToJson(row, [])), 202);
});
