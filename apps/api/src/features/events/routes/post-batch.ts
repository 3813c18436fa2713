import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { ingestEvents } from '../ingest.js';
import { BatchEventsResponseSchema } from '../schemas.js';

const BatchBodySchema = z
  .object({
    events: z
      .array(z.unknown())
      .min(1)
      .max(1000)
      .openapi({
        type: 'array',
        items: { $ref: '#/components/schemas/EventInput' },
        description: 'Up to 1000 events. Each is validated on its own: a bad one does not reject the others.',
      }),
  })
  .openapi('EventBatch');

const route = createRoute({
  method: 'post',
  path: '/v1/events/batch',
  tags: ['Events'],
  summary: 'Record up to 1000 events',
  description:
    'Applies every valid event in one transaction, in the order given (events older than what an ' +
    'enrollment has seen are placed by `occurred_at`). Each item has its own result: `applied`, ' +
    '`duplicate` (its id was seen before), `invalid` (with field `errors`) or `not_found` (the lead is not in that campaign).',
  request: { body: { required: true, content: { 'application/json': { schema: BatchBodySchema } } } },
  responses: {
    200: {
      description: 'One result per event, in request order.',
      content: { 'application/json': { schema: BatchEventsResponseSchema } },
    },
    ...problemResponses(400, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const postEventBatch = createRouter().openapi(route, async (c) => {
  const results = await ingestEvents(
    c.get('services'),
    c.get('caller').workspaceId,
    c.req.valid('json').events,
  );
  const summary = { applied: 0, duplicate: 0, invalid: 0, not_found: 0 };
  const data = results.map((r) => {
    summary[r.result] += 1;
    switch (r.result) {
      case 'invalid':
        return { index: r.index, result: r.result, errors: r.errors };
      case 'not_found':
        return { index: r.index, result: r.result, errors: [{ path: 'lead_id', message: r.detail }] };
      default:
        return { index: r.index, result: r.result, event_id: r.eventId, enrollment: r.enrollment };
    }
  });
  return c.json(BatchEventsResponseSchema.parse({ data, summary }), 200);
});
