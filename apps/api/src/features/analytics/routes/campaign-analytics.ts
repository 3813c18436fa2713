import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { CampaignIdParamsSchema, findCampaign, isCampaignIdShape } from '../../campaigns/public.js';
import { AnalyticsSummarySchema } from '../schemas.js';
import { readSummary } from '../summary.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/analytics',
  tags: ['Analytics'],
  summary: "A campaign's analytics",
  description:
    'Enrollment count, status distribution, rates and opens of one campaign, read from counters maintained as events are applied.',
  request: { params: CampaignIdParamsSchema },
  responses: {
    200: {
      description: 'The summary.',
      content: { 'application/json': { schema: AnalyticsSummarySchema } },
    },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getCampaignAnalytics = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const campaign = isCampaignIdShape(id) ? await findCampaign(db, workspaceId, id) : undefined;
  if (!campaign) throw problems.notFound('No campaign with this id in your workspace.');
  return c.json(AnalyticsSummarySchema.parse(await readSummary(db, workspaceId, [id])), 200);
});
