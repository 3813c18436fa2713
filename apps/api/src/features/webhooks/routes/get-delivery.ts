import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { attemptsOf, findDelivery } from '../deliveries.repository.js';
import { DeliveryParamsSchema, WebhookDeliverySchema } from '../schemas.js';
import { deliveryToJson, dlvIdOrNotFound, whkIdOrNotFound } from '../webhook-json.js';

const route = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries/{delivery_id}',
  tags: ['Webhooks'],
  summary: 'Get one delivery and its attempts',
  request: { params: DeliveryParamsSchema },
  responses: {
    200: { description: 'The delivery.', content: { 'application/json': { schema: WebhookDeliverySchema } } },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getWebhookDelivery = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const params = c.req.valid('param');
  const id = whkIdOrNotFound(params.id);
  const row = await findDelivery(db, workspaceId, id, dlvIdOrNotFound(params.delivery_id));
  if (!row) throw problems.notFound('No delivery with this id for this webhook.');
  const attempts = await attemptsOf(db, workspaceId, [row.id]);
  return c.json(WebhookDeliverySchema.parse(deliveryToJson(row, attempts.get(row.id) ?? [])), 200);
});
