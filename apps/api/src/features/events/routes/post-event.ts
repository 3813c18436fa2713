import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { ingestEvents } from '../ingest.js';
import { EventAcceptedSchema, EventInputSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/events',
  tags: ['Events'],
  summary: 'Record one event',
  description:
    'Records what happened to a lead in a campaign and applies it to the lead’s status there. ' +
    'An event with an `id` seen before answers 200 with `duplicate: true` and changes nothing. ' +
    'Unsubscribes and complaints also unsubscribe the lead from every other campaign and add its e-mail to the do-not-contact list.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EventInputSchema,
          example: {
            type: 'opened',
            campaign_id: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2',
            lead_id: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3',
            occurred_at: '2026-11-27T10:00:00Z',
            id: 'esp-msg-123:open',
          },
        },
      },
    },
  },
  responses: {
    202: {
      description: 'Recorded and applied.',
      content: { 'application/json': { schema: EventAcceptedSchema } },
    },
    200: {
      description: 'A duplicate of an event recorded before: nothing changed.',
      content: { 'application/json': { schema: EventAcceptedSchema } },
    },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const postEvent = createRouter().openapi(route, async (c) => {
  const [result] = await ingestEvents(c.get('services'), c.get('caller').workspaceId, [c.req.valid('json')]);
  if (!result) throw new Error('ingestEvents returned no result for one event');
  switch (result.result) {
    case 'invalid':
      throw problems.validation(
        result.errors[0] ? `body.${result.errors[0].path}: ${result.errors[0].message}` : 'Invalid event.',
        result.errors.map((e) => ({ ...e, path: `body.${e.path}` })),
      );
    case 'not_found':
      throw problems.notFound(result.detail);
    default: {
      const body = EventAcceptedSchema.parse({
        event_id: result.eventId,
        duplicate: result.result === 'duplicate',
        enrollment: result.enrollment,
      });
      return result.result === 'duplicate' ? c.json(body, 200) : c.json(body, 202);
    }
  }
});
