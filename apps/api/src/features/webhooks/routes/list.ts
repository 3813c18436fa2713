import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WebhookListSchema } from '../schemas.js';
import { listSubscriptions } from '../subscriptions.repository.js';
import { decodeCursor, encodeCursor, subscriptionToJson } from '../webhook-json.js';

const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

const route = createRoute({
  method: 'get',
  path: '/v1/webhooks',
  tags: ['Webhooks'],
  summary: 'List the webhooks',
  description: 'Newest first; secrets are never listed.',
  request: { query: QuerySchema },
  responses: {
    200: {
      description: 'A page of webhooks.',
      content: { 'application/json': { schema: WebhookListSchema } },
    },
    ...problemResponses(400, ...AUTHENTICATED_PROBLEMS),
  },
});

export const listWebhooks = createRouter().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listSubscriptions(c.get('services').db, c.get('caller').workspaceId, {
    limit: query.limit + 1,
    ...(query.cursor ? { beforeId: decodeCursor(query.cursor, 'whk') } : {}),
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return c.json(
    WebhookListSchema.parse({
      data: page.map(subscriptionToJson),
      next_cursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
    }),
    200,
  );
});
