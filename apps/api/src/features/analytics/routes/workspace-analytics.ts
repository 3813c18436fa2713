import { createRoute } from '@hono/zod-openapi';
import { scopedCampaignIds } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { AnalyticsQuerySchema, AnalyticsSummarySchema } from '../schemas.js';
import { readSummary } from '../summary.js';

const route = createRoute({
  method: 'get',
  path: '/v1/analytics',
  tags: ['Analytics'],
  summary: 'Analytics across the workspace',
  description:
    'The campaign summary summed over every campaign of the workspace, or over the `campaign_id` ones.',
  request: { query: AnalyticsQuerySchema },
  responses: {
    200: {
      description: 'The summary.',
      content: { 'application/json': { schema: AnalyticsSummarySchema } },
    },
    ...problemResponses(400, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getWorkspaceAnalytics = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const caller = c.get('caller');
  const { campaign_id } = c.req.valid('query');
  const campaignIds = scopedCampaignIds(caller, campaign_id);
  return c.json(AnalyticsSummarySchema.parse(await readSummary(db, caller.workspaceId, campaignIds)), 200);
});
