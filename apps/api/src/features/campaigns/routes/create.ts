import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { campaignToJson, mailSettingsFrom, stepInputsFrom } from '../campaign-json.js';
import { createCampaign } from '../campaigns.repository.js';
import { CampaignInputSchema, CampaignSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/campaigns',
  tags: ['Campaigns'],
  summary: 'Create a campaign',
  description: 'A named sequence of 1 to 50 email steps, each with a subject and a delay in hours.',
  request: {
    body: { required: true, content: { 'application/json': { schema: CampaignInputSchema } } },
  },
  responses: {
    201: { description: 'The new campaign.', content: { 'application/json': { schema: CampaignSchema } } },
    ...problemResponses(400, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const createCampaignRoute = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const input = c.req.valid('json');
  const campaign = await createCampaign(
    writer,
    workspaceId,
    { name: input.name, steps: stepInputsFrom(input.steps), mail: mailSettingsFrom(input) },
    clock.now(),
  );
  return c.json(CampaignSchema.parse(campaignToJson(campaign)), 201);
});
