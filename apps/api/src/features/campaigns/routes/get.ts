import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { campaignToJson } from '../campaign-json.js';
import { findCampaign, findCampaignSteps } from '../campaigns.repository.js';
import { CampaignIdParamsSchema, CampaignSchema, isCampaignIdShape } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}',
  tags: ['Campaigns'],
  summary: 'A campaign with its steps',
  request: { params: CampaignIdParamsSchema },
  responses: {
    200: { description: 'The campaign.', content: { 'application/json': { schema: CampaignSchema } } },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getCampaign = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const campaign = isCampaignIdShape(id) ? await findCampaign(db, workspaceId, id) : undefined;
  if (!campaign) throw problems.notFound('No campaign with this id in your workspace.');
  const steps = await findCampaignSteps(db, workspaceId, id);
  return c.json(CampaignSchema.parse(campaignToJson({ ...campaign, steps })), 200);
});
