import { createRoute, z } from '@hono/zod-openapi';
import { PAUSABLE_STATUSES, reasonsFor, STATUS_INFO, STATUSES } from '@leadstatus/core';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { StatusSchema } from '../schemas.js';

const StatusInfoSchema = z
  .object({
    value: StatusSchema,
    label: z.string().openapi({ example: 'Bounced / Blocked' }),
    description: z.string(),
    stops_sending: z.boolean().openapi({ description: 'No next step is ever due in this status.' }),
    can_pause: z.boolean().openapi({ description: 'A lead in this status can be paused by hand.' }),
    reasons: z
      .array(z.string())
      .openapi({ description: 'The `status_reason` values this status can carry.' }),
  })
  .openapi('StatusInfo');

const route = createRoute({
  method: 'get',
  path: '/v1/statuses',
  tags: ['Statuses'],
  summary: 'Every status, with its label and meaning',
  description: 'The eight statuses in display order, for building filters and legends.',
  responses: {
    200: {
      description: 'The statuses.',
      content: { 'application/json': { schema: z.object({ data: z.array(StatusInfoSchema) }) } },
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS),
  },
});

const BODY = {
  data: STATUSES.map((status) => ({
    value: status,
    label: STATUS_INFO[status].label,
    description: STATUS_INFO[status].description,
    stops_sending: STATUS_INFO[status].stopsSending,
    can_pause: PAUSABLE_STATUSES.includes(status),
    reasons: [...reasonsFor(status)],
  })),
};

export const listStatuses = createRouter().openapi(route, (c) => c.json(BODY, 200));
