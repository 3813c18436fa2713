import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { labelCatalog } from '../label-catalog.js';
import { LabelListSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/labels',
  tags: ['Labels'],
  summary: 'List the outcome labels',
  description:
    'The built-in labels (interested, meeting booked, meeting completed, won, not now, wrong person, not ' +
    'interested, lost), then your own, by name. A label says what came of a lead, beside its status.',
  responses: {
    200: {
      description: 'Every label of the workspace.',
      content: { 'application/json': { schema: LabelListSchema } },
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS),
  },
});

export const listLabels = createRouter().openapi(route, async (c) => {
  const labels = await labelCatalog(c.get('services').db, c.get('caller').workspaceId);
  return c.json(LabelListSchema.parse({ data: labels }), 200);
});
