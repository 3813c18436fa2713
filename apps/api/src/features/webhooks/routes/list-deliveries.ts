import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { attemptsOf, listDeliveries } from '../deliveries.repository.js';
import { WebhookDeliveryListSchema, WebhookParamsSchema } from '../schemas.js';
import { findSubscription } from '../subscriptions.repository.js';
import { decodeCursor, deliveryToJson, encodeCursor, whkIdOrNotFound } from '../webhook-json.js';

const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});

const route = createRoute({
  method: 'get',
  path: '/v1/webhooks/{id}/deliveries',
  tags: ['Webhooks'],
  summary: 'List a webhook’s deliveries and their attempts',
  description:
    'The delivery log, newest first: each message with its body and every attempt (status code, ' +
    'duration, error, time). Page with `next_cursor`; filter with `status`.',
  request: { params: WebhookParamsSchema, query: QuerySchema },
  responses: {
    200: {
      description: 'A page of deliveries.',
      content: { 'application/json': { schema: WebhookDeliveryListSchema } },
    },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const listWebhookDeliveries = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const id = whkIdOrNotFound(c.req.valid('param').id);
  const query = c.req.valid('query');
  if (!(await findSubscription(db, workspaceId, id))) {
    throw problems.notFound('No webhook with this id in your workspace.');
  }
  const rows = await listDeliveries(db, workspaceId, id, {
    limit: query.limit + 1,
    ...(query.cursor ? { beforeId: decodeCursor(query.cursor, 'dlv') } : {}),
    ...(query.status ? { status: query.status } : {}),
  });
  const page = rows.slice(0, query.limit);
  const attempts = await attemptsOf(
    db,
    workspaceId,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return c.json(
    WebhookDeliveryListSchema.parse({
      data: page.map((r) => deliveryToJson(r, attempts.get(r.id) ?? [])),
      next_cursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
    }),
    200,
  );
});
