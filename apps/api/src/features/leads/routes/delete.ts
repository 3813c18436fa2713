import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { eraseLead } from '../erase-lead.js';
import { isLeadIdShape, LeadIdParamsSchema } from '../schemas.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/leads/{id}',
  tags: ['Leads'],
  summary: 'Erase a lead (GDPR)',
  description:
    'Deletes the lead with its enrollments, events, status changes, tracked messages, the webhook ' +
    'deliveries that carry it and the stored answers of idempotent requests that name it, and updates ' +
    'campaign analytics, in one transaction. Do-not-contact entries are kept: an address that opted ' +
    'out stays blocked.',
  request: { params: LeadIdParamsSchema },
  responses: {
    204: { description: 'Erased.' },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const deleteLead = createRouter().openapi(route, async (c) => {
  const { writer } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const erased = isLeadIdShape(id) && (await eraseLead(writer, workspaceId, id));
  if (!erased) throw problems.notFound('No lead with this id in your workspace.');
  return c.body(null, 204);
});
